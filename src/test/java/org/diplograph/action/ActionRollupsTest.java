package org.diplograph.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The roll-ups answer exactly what the raw rows answer: after the migration builds them, and after every kind of write
 * that moves an action between scopes (recording it, recoding, redating and re-addressing it, an actor of it changing
 * country, retracting it). Each check compares every grouping of the counts, the daily series and the relation totals
 * of each scope, and the totalCount of its actions, with the same figures computed from the actions themselves.
 */
class ActionRollupsTest extends WriteTest {

    /** A filter a roll-up answers, as the Java record and as the GraphQL argument a client sends. */
    private record Scope(ActionFilter filter, String argument) {
    }

    private static final List<Scope> SCOPES = new ArrayList<>();

    static {
        SCOPES.add(new Scope(null, ""));
        for (String country : List.of("MX", "PE", "BO", "CO", "AR")) {
            SCOPES.add(new Scope(new ActionFilter(null, null, null, null, null, null, List.of(country), null, null, null,
                    null, null, null, null, null, null, null), "(filter: {countries: [\"%s\"]})".formatted(country)));
        }
        for (List<String> pair : List.of(List.of("MX", "PE"), List.of("PE", "MX"), List.of("MX", "BO"),
                List.of("MX", "CO"), List.of("AR", "MX"))) {
            SCOPES.add(new Scope(ActionFilter.between(pair.get(0), pair.get(1)),
                    "(filter: {between: [\"%s\", \"%s\"]})".formatted(pair.get(0), pair.get(1))));
        }
    }

    @Autowired
    ActionAggregates aggregates;
    @Autowired
    ActionRepository actions;
    @Autowired
    ActionFilters filters;
    @Autowired
    ActionRollups rollups;

    private void assertRollupsMatchTheRawRows() {
        for (Scope each : SCOPES) {
            ActionFilter scope = each.filter();
            String name = filters.rollupScope(scope, "filter", false).orElseThrow();
            for (ActionGrouping grouping : ActionGrouping.values()) {
                assertThat(aggregates.counts(scope, grouping)).as("%s by %s", name, grouping)
                        .isEqualTo(actions.counts(filters.compile(scope, "filter"), grouping));
            }
            List<IntensityPoint> rawDays = actions.dailyTotals(filters.compile(scope, "filter"));
            for (SeriesInterval interval : SeriesInterval.values()) {
                assertThat(aggregates.series(scope, interval)).as("%s per %s", name, interval)
                        .isEqualTo(IntensitySeries.of(rawDays, interval, null, null));
            }
            List<ActionCount> rawCounts = actions.counts(filters.compile(scope, "filter"), ActionGrouping.CODE);
            ActionRollups.ScopeTotals totals = rollups.totalsOf(name);
            int rawEvents = rawCounts.stream().mapToInt(ActionCount::count).sum();
            assertThat(totals.events()).as("%s events", name).isEqualTo(rawEvents);
            assertThat(graphQl.document("{ actions%s { totalCount } }".formatted(each.argument())).execute()
                    .path("actions.totalCount").entity(Integer.class).get()).as("%s totalCount", name).isEqualTo(rawEvents);
            assertThat(totals.intensity()).as("%s intensity", name)
                    .isEqualTo(rawCounts.stream().mapToDouble(ActionCount::totalIntensity).sum(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(totals.first()).as("%s first day", name)
                    .isEqualTo(rawDays.stream().map(IntensityPoint::periodStart).min(java.util.Comparator.naturalOrder()).orElse(null));
            assertThat(totals.last()).as("%s last day", name)
                    .isEqualTo(rawDays.stream().map(IntensityPoint::periodStart).max(java.util.Comparator.naturalOrder()).orElse(null));
        }
    }

    private Map<String, Object> visit(String summary, String recipientCountry) {
        Map<String, Object> input = new HashMap<>();
        input.put("summary", summary);
        input.put("eventCode", "036");
        input.put("actors", List.of(actorId("marcelo-ebrard")));
        input.put("recipients", List.of(id("{ country(code: \"%s\") { id } }".formatted(recipientCountry), "country.id")));
        input.put("occurred", Map.of("date", "2022-12-22", "wording", "on Thursday"));
        input.put("evidence", List.of(sentenceId(16)));
        return input;
    }

    @Test
    void theRollupsMatchTheRawRowsBeforeAndAfterOtherWrites() {
        assertThat(aggregates.counts(null, ActionGrouping.CODE)).isNotEmpty();
        assertRollupsMatchTheRawRows();
    }

    @Test
    void everyWriteKeepsTheRollupsExact() {
        String id = writer.documentName("recordAction").variable("input", visit("Ebrard proposed talks with Bolivia", "BO"))
                .execute().path("recordAction.action.id").entity(String.class).get();
        assertRollupsMatchTheRawRows();

        String colombia = id("{ country(code: \"CO\") { id } }", "country.id");
        writer.documentName("correctAction").variable("input", Map.of("id", id, "expectedVersion", 1, "eventCode", "1661",
                        "negated", true, "recipients", List.of(colombia),
                        "occurred", Map.of("date", "2022-11-30", "wording", "a week earlier")))
                .execute().path("correctAction.userErrors").entityList(Object.class).hasSize(0);
        assertRollupsMatchTheRawRows();

        writer.documentName("correctAction").variable("input", Map.of("id", id, "expectedVersion", 2, "eventCode", "173",
                        "negated", false))
                .execute().path("correctAction.userErrors").entityList(Object.class).hasSize(0);
        assertRollupsMatchTheRawRows();

        int actorVersion = graphQl.document("{ actor(slug: \"marcelo-ebrard\") { version } }").execute()
                .path("actor.version").entity(Integer.class).get();
        for (String country : List.of("AR", "MX")) {
            writer.documentName("correctActor").variable("input", Map.of("id", actorId("marcelo-ebrard"),
                            "expectedVersion", actorVersion++, "country", country))
                    .execute().path("correctActor.userErrors").entityList(Object.class).hasSize(0);
            assertRollupsMatchTheRawRows();
        }

        writer.document("mutation($id: ID!) { retractFact(input: {id: $id, expectedVersion: 3, reason: \"duplicate\"}) "
                        + "{ userErrors { code } } }").variable("id", id)
                .execute().path("retractFact.userErrors").entityList(Object.class).hasSize(0);
        assertRollupsMatchTheRawRows();
    }

    @Test
    void concurrentWritesToTheSameRollupRowsLeaveThemExact() throws Exception {
        // Every write lands on the same rows: the day, MX, the MX-BO relation and event code 036.
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> writers = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            int t = thread;
            writers.add(threads.submit(() -> {
                for (int i = 0; i < 5; i++) {
                    String id = writer.documentName("recordAction").variable("input", visit("Concurrent visit " + t + "-" + i, "BO"))
                            .execute().path("recordAction.action.id").entity(String.class).get();
                    if (i % 2 == 0) {
                        writer.document("mutation($id: ID!) { retractFact(input: {id: $id, expectedVersion: 1, "
                                        + "reason: \"concurrent\"}) { userErrors { code } } }").variable("id", id)
                                .execute().path("retractFact.userErrors").entityList(Object.class).hasSize(0);
                    }
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> each : writers) {
            each.get();
        }
        threads.shutdown();
        assertRollupsMatchTheRawRows();
    }
}
