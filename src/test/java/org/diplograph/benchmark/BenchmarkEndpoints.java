package org.diplograph.benchmark;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import org.diplograph.support.StatementCounter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's own endpoints, never part of the API (profile {@code benchmark} only): what the runner needs to know
 * of the data to ask its questions, a counter of the SQL statements sent and of the requests in flight.
 */
@Configuration(proxyBeanMethods = false)
@Profile("benchmark")
class BenchmarkEndpoints {

    static final AtomicLong STATEMENTS = new AtomicLong();
    static final AtomicLong IN_FLIGHT = new AtomicLong();

    /**
     * Counts the requests being served, so the runner can wait until requests wrk left behind (a slow query keeps
     * running after wrk stops) are done before it measures anything else.
     */
    @Bean
    Filter countRequestsInFlight() {
        return (request, response, chain) -> {
            IN_FLIGHT.incrementAndGet();
            try {
                chain.doFilter(request, response);
            } finally {
                IN_FLIGHT.decrementAndGet();
            }
        };
    }

    @Bean
    static BeanPostProcessor countSqlStatements() {
        return StatementCounter.counting(STATEMENTS);
    }

    @RestController
    @Profile("benchmark")
    static class Probes {

        private final JdbcClient jdbc;
        private final String jdbcUrl;

        Probes(JdbcClient jdbc, @Value("${spring.datasource.url}") String jdbcUrl) {
            this.jdbc = jdbc;
            this.jdbcUrl = jdbcUrl;
        }

        /** Requests in flight other than this one. */
        @GetMapping("/bench/in-flight")
        long inFlight() {
            return IN_FLIGHT.get() - 1;
        }

        @GetMapping("/bench/sql-statements")
        long statementsSent() {
            return STATEMENTS.get();
        }

        /** The two countries involved in the most actions: the benchmark's filter and country pair. */
        @GetMapping("/bench/top-countries")
        String topCountries() {
            return String.join(",", jdbc.sql("""
                    SELECT country_code FROM action_country GROUP BY country_code ORDER BY COUNT(*) DESC, country_code
                    FETCH FIRST 2 ROWS ONLY""").query(String.class).list());
        }

        /** The action half-way through all actions in date order, as "date,id": the deep page starts after it. */
        @GetMapping("/bench/middle-action")
        String middleAction() {
            long dated = jdbc.sql("SELECT COUNT(*) FROM action WHERE occurred_on IS NOT NULL").query(Long.class).single();
            return jdbc.sql("""
                            SELECT occurred_on, id FROM action WHERE occurred_on IS NOT NULL ORDER BY occurred_on, id
                            OFFSET :skip ROWS FETCH FIRST 1 ROWS ONLY""").param("skip", dated / 2)
                    .query((rs, n) -> rs.getDate(1).toLocalDate() + "," + rs.getLong(2)).single();
        }

        /** The database's JDBC URL, so that the peer can serve the same database. */
        @GetMapping("/bench/jdbc-url")
        String jdbcUrl() {
            return jdbcUrl;
        }
    }
}
