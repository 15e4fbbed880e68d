package org.diplograph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;

/**
 * A retracted fact leaves every list, the timeline and every aggregate, and comes back only where a client asks for
 * {@code includeRetracted}; it stays reachable by its id, with its retraction.
 */
class RetractionVisibilityTest extends WriteTest {

    private static final String COUNTS = """
            { actionCounts(filter: {countries: ["CL"]}, groupBy: ROOT_CODE) { eventCode { code } count totalIntensity }
              intensitySeries(filter: {countries: ["CL"], occurred: {from: "2022-12-01", to: "2022-12-31"}}, interval: MONTH) {
                periodStart count totalIntensity } }""";

    private void retract(String id, int version) {
        writer.document("mutation($id: ID!, $v: Int!) { retractFact(input: {id: $id, expectedVersion: $v, reason: \"test\"}) "
                        + "{ userErrors { code } } }").variable("id", id).variable("v", version).execute()
                .path("retractFact.userErrors").entityList(Object.class).hasSize(0);
    }

    private List<List<Map>> counts() {
        var response = graphQl.document(COUNTS).execute();
        return List.of(response.path("actionCounts").entityList(Map.class).get(),
                response.path("intensitySeries").entityList(Map.class).get());
    }

    @Test
    void aRetractedActionLeavesActionsTheTimelineAndTheAggregates() {
        List<List<Map>> before = counts();
        String id = writer.document("mutation($input: RecordActionInput!) { recordAction(input: $input) { action { id } } }")
                .variable("input", Map.of("summary", "Chile protests to Peru", "eventCode", "111",
                        "actors", List.of(id("{ country(code: \"CL\") { id } }", "country.id")),
                        "recipients", List.of(id("{ country(code: \"PE\") { id } }", "country.id")),
                        "occurred", Map.of("date", "2022-12-20"), "evidence", List.of(sentenceId(1))))
                .execute().path("recordAction.action.id").entity(String.class).get();
        String actions = "{ actions(filter: {countries: [\"CL\"], eventCodes: [\"111\"]}, first: 100%s) { nodes { id } "
                + "pageInfo { hasNextPage } } }";
        String timeline = "{ timeline(countries: [\"CL\"], first: 100%s) { nodes { ... on Action { id } } "
                + "pageInfo { hasNextPage } } }";
        assertThat(everyId(actions.formatted(""), "actions")).contains(id);
        assertThat(everyId(timeline.formatted(""), "timeline")).contains(id);
        assertThat(counts()).isNotEqualTo(before);

        retract(id, 1);

        assertThat(everyId(actions.formatted(""), "actions")).doesNotContain(id);
        assertThat(everyId(actions.formatted(", includeRetracted: true"), "actions")).contains(id);
        assertThat(everyId(timeline.formatted(""), "timeline")).doesNotContain(id);
        assertThat(everyId(timeline.formatted(", includeRetracted: true"), "timeline")).contains(id);
        assertThat(counts()).as("aggregates as before the action was recorded").isEqualTo(before);
        graphQl.document("query($id: ID!) { node(id: $id) { ... on Action { retraction { reason } } } }").variable("id", id)
                .execute().path("node.retraction.reason").entity(String.class).isEqualTo("test");
    }

    @Test
    void aRetractedActorLeavesTheActorList() {
        String id = writer.document("mutation($input: RecordActorInput!) { recordActor(input: $input) { actor { id } } }")
                .variable("input", Map.of("slug", "retracted-person", "kind", "PERSON", "name", "Retracted Person",
                        "description", "recorded to be retracted", "firstMention", sentenceId(3), "aliases", List.of()))
                .execute().path("recordActor.actor.id").entity(String.class).get();
        String actors = "{ actors(filter: {name: \"Retracted Person\"}%s) { nodes { id } pageInfo { hasNextPage } } }";
        assertThat(everyId(actors.formatted(""), "actors")).containsExactly(id);

        retract(id, 1);

        assertThat(everyId(actors.formatted(""), "actors")).isEmpty();
        assertThat(everyId(actors.formatted(", includeRetracted: true"), "actors")).containsExactly(id);
    }

    @Test
    void aRetractedSourceLeavesTheSourceList() {
        String id = writer.document("mutation($input: RecordSourceInput!) { recordSource(input: $input) { source { id } } }")
                .variable("input", Map.of("slug", "retracted-source", "headline", "A report later withdrawn",
                        "published", Map.of("date", "2022-12-18"), "text", "Lima: A report was filed. It was withdrawn."))
                .execute().path("recordSource.source.id").entity(String.class).get();
        String sources = "{ sources(first: 100%s) { nodes { id } pageInfo { hasNextPage } } }";
        assertThat(everyId(sources.formatted(""), "sources")).contains(id);

        retract(id, 1);

        assertThat(everyId(sources.formatted(""), "sources")).doesNotContain(id);
        assertThat(everyId(sources.formatted(", includeRetracted: true"), "sources")).contains(id);
    }
}
