package org.diplograph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import org.diplograph.benchmark.SyntheticData;
import org.diplograph.support.ApiTest;
import org.diplograph.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * No N+1: the number of SQL statements a request sends depends on the shape of the query, not on how many rows it
 * returns. Counted at the JDBC driver (datasource-proxy) for a query four levels deep (countries → actions → actors →
 * statements), on the seed alone and again after thousands of synthetic actions are added.
 */
@Import(SqlStatementCountTest.CountingDataSource.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:statement-count;DB_CLOSE_DELAY=-1")
class SqlStatementCountTest extends ApiTest {

    private static final String NESTED = """
            { countries(first: 15) { nodes { code
                actions(first: 5) { nodes { summary
                  actors { ... on Actor { name
                    statements(first: 3) { nodes { content } } } } } } } } }""";

    static final AtomicLong STATEMENTS = new AtomicLong();

    @Autowired
    DataSource dataSource;

    @TestConfiguration(proxyBeanMethods = false)
    static class CountingDataSource {

        /** Wraps the application's data source so that every statement executed is counted. */
        @Bean
        static BeanPostProcessor countStatements() {
            return StatementCounter.counting(STATEMENTS);
        }
    }

    private record Measure(int statements, int countries, int actions, int statementsReturned) {
    }

    /**
     * The statements of one request, counted on the application's data source. Work in the background (the change
     * feed's listener, rate budgets shared between instances) uses the same data source and can only add to a count,
     * so the request is measured three times and the smallest count kept.
     */
    private Measure measure() {
        int sent = Integer.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            STATEMENTS.set(0);
            graphQl.document(NESTED).execute();
            sent = Math.min(sent, (int) STATEMENTS.get());
        }
        var response = graphQl.document(NESTED).execute();
        return new Measure(sent,
                response.path("countries.nodes").entityList(Object.class).get().size(),
                response.path("countries.nodes[*].actions.nodes[*]").entityList(Object.class).get().size(),
                response.path("countries.nodes[*].actions.nodes[*].actors[*].statements.nodes[*]").entityList(Object.class).get().size());
    }

    @Test
    void statementsPerRequestStayTheSameWhenTheDataGrows() throws Exception {
        Measure seed = measure();
        SyntheticData.generate(dataSource, 5_000, 42);
        Measure grown = measure();

        assertThat(grown.countries()).as("every ISO country is there from the start").isEqualTo(seed.countries());
        assertThat(grown.actions()).isGreaterThan(seed.actions());
        assertThat(grown.statementsReturned()).isGreaterThan(seed.statementsReturned());
        assertThat(grown.statements()).isEqualTo(seed.statements());
        // One statement per level and link: countries, their actions, the actions' parties, those actors, their statements.
        assertThat(seed.statements()).isEqualTo(5);
        System.out.printf("SQL statements per request: %d with %d countries/%d actions/%d statements returned; "
                        + "%d with %d/%d/%d%n", seed.statements(), seed.countries(), seed.actions(), seed.statementsReturned(),
                grown.statements(), grown.countries(), grown.actions(), grown.statementsReturned());
    }
}
