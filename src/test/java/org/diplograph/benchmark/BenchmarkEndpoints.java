package org.diplograph.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.servlet.Filter;
import org.diplograph.action.Action;
import org.diplograph.action.ActionAggregates;
import org.diplograph.action.ActionFilter;
import org.diplograph.action.ActionFilters;
import org.diplograph.action.ActionRepository;
import org.diplograph.action.EventCode;
import org.diplograph.action.IntensityPoint;
import org.diplograph.action.PartyRef;
import org.diplograph.action.PartyRole;
import org.diplograph.action.SeriesInterval;
import org.diplograph.actor.Actor;
import org.diplograph.actor.ActorRepository;
import org.diplograph.country.Country;
import org.diplograph.country.CountryRepository;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.Cursor;
import org.diplograph.graphql.PageRequest;
import org.diplograph.sql.DateRange;
import org.diplograph.sql.KeysetPager;
import org.diplograph.statement.Statement;
import org.diplograph.statement.StatementRepository;
import org.diplograph.support.StatementCounter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's own endpoints, never part of the API (profile {@code benchmark} only): a minimal plain REST floor
 * that runs the same SQL as the GraphQL queries it is compared with (it calls the same repositories, in the same
 * batches) and serialises the result with Jackson, and a counter of the SQL statements sent.
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
    static class Floor {

        private final CountryRepository countries;
        private final ActionRepository actions;
        private final ActorRepository actors;
        private final StatementRepository statements;
        private final ActionFilters filters;
        private final ActionAggregates aggregates;
        private final KeysetPager pager;
        private final JdbcClient jdbc;

        Floor(CountryRepository countries, ActionRepository actions, ActorRepository actors,
              StatementRepository statements, ActionFilters filters, ActionAggregates aggregates, KeysetPager pager,
              JdbcClient jdbc) {
            this.jdbc = jdbc;
            this.countries = countries;
            this.actions = actions;
            this.actors = actors;
            this.statements = statements;
            this.filters = filters;
            this.aggregates = aggregates;
            this.pager = pager;
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

        /** A cursor half-way through all actions in date order: the benchmark's deep page starts there. */
        @GetMapping("/bench/middle-cursor")
        String middleCursor() {
            long dated = jdbc.sql("SELECT COUNT(*) FROM action WHERE occurred_on IS NOT NULL").query(Long.class).single();
            return jdbc.sql("""
                            SELECT occurred_on, id FROM action WHERE occurred_on IS NOT NULL ORDER BY occurred_on, id
                            OFFSET :skip ROWS FETCH FIRST 1 ROWS ONLY""").param("skip", dated / 2)
                    .query((rs, n) -> new Cursor("action.occurred.asc",
                            List.of("0", rs.getDate(1).toLocalDate().toString(), String.valueOf(rs.getLong(2)))).encode())
                    .single();
        }

        /** The nested read: countries, 5 actions each, their acting actors, 3 statements each. */
        @GetMapping("/bench/rest/nested")
        List<Map<String, Object>> nested() {
            Connection<Country> countryPage = countries.countries(new PageRequest(10, false, null), false);
            List<String> codes = countryPage.nodes().stream().map(Country::code).toList();
            Map<String, Connection<Action>> actionPages =
                    pager.pages(actions.ofCountries(codes, null), new PageRequest(5, false, null), false);
            List<Long> actionKeys = actionPages.values().stream().flatMap(page -> page.nodes().stream())
                    .map(Action::key).distinct().toList();
            Map<Long, List<Long>> actorsOfAction = actions.partiesOf(actionKeys, PartyRole.ACTOR).stream()
                    .filter(party -> party.actorKey() != null)
                    .collect(Collectors.groupingBy(PartyRef::actionKey, Collectors.mapping(PartyRef::actorKey, Collectors.toList())));
            List<Long> actorKeys = actorsOfAction.values().stream().flatMap(List::stream).distinct().toList();
            Map<Long, Actor> foundActors = actors.findActors(actorKeys);
            Map<Long, Connection<Statement>> statementPages =
                    pager.pages(statements.bySpeakers(actorKeys), new PageRequest(3, false, null), false);
            List<Map<String, Object>> result = new ArrayList<>();
            for (Country country : countryPage.nodes()) {
                List<Map<String, Object>> countryActions = new ArrayList<>();
                for (Action action : actionPages.get(country.code()).nodes()) {
                    List<Map<String, Object>> actorMaps = new ArrayList<>();
                    for (Long actorKey : actorsOfAction.getOrDefault(action.key(), List.of())) {
                        Actor actor = foundActors.get(actorKey);
                        actorMaps.add(Map.of("name", String.valueOf(actor.name()), "statements",
                                statementPages.get(actorKey).nodes().stream().map(s -> Map.of("content", s.content())).toList()));
                    }
                    countryActions.add(Map.of("summary", action.summary(), "actors", actorMaps));
                }
                result.add(Map.of("code", country.code(), "actions", countryActions));
            }
            return result;
        }

        /** A page of actions with their event codes, filtered, after an optional cursor. */
        @GetMapping("/bench/rest/actions")
        List<Map<String, Object>> actions(@RequestParam(required = false) String country,
                                          @RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to,
                                          @RequestParam(required = false) String after) {
            ActionFilter filter = country == null ? null : new ActionFilter(null, null, null, null, null, null,
                    List.of(country), null, null, null,
                    from == null && to == null ? null : new DateRange(
                            from == null ? null : java.time.LocalDate.parse(from), to == null ? null : java.time.LocalDate.parse(to)),
                    null, null, null, null);
            PageRequest page = new PageRequest(20, false, after == null ? null : Cursor.decode(after, "after"));
            boolean datedOnly = filter != null && filter.occurred() != null;
            Connection<Action> found = actions.actions(filters.compile(filter, "filter"), datedOnly, false, null, page,
                    false);
            Map<String, EventCode> codes = actions.findEventCodes(
                    found.nodes().stream().map(Action::eventCodeKey).collect(Collectors.toSet()));
            return found.nodes().stream().map(action -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("summary", action.summary());
                row.put("date", String.valueOf(action.occurred().date()));
                row.put("code", codes.get(action.eventCodeKey()).code());
                return row;
            }).toList();
        }

        /** The monthly cooperation–conflict series between two countries. */
        @GetMapping("/bench/rest/series")
        List<IntensityPoint> series(@RequestParam String a, @RequestParam String b) {
            return aggregates.series(ActionFilter.between(a, b), SeriesInterval.MONTH);
        }
    }
}
