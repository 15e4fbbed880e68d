package org.diplograph.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Recording, correcting and retracting actions: parties of both kinds, evidence within one source, codes from the
 * taxonomy, and the derived views (per-country pages, relation summary) following every change.
 */
class ActionWritesTest extends WriteTest {


    private Map<String, Object> visit(String summary) {
        Map<String, Object> input = new HashMap<>();
        input.put("summary", summary);
        input.put("eventCode", "036");
        input.put("actors", List.of(actorId("marcelo-ebrard")));
        input.put("recipients", List.of(id("{ country(code: \"BO\") { id } }", "country.id")));
        input.put("occurred", Map.of("date", "2022-12-22", "wording", "on Thursday"));
        input.put("evidence", List.of(sentenceId(16)));
        return input;
    }

    private int count(String query, String path) {
        return graphQl.document(query).execute().path(path).entity(Integer.class).get();
    }

    @Test
    void anActionIsRecordedCodedAndShowsUpInEveryView() {
        int boliviaBefore = count("{ country(code: \"BO\") { actions(as: RECIPIENT) { totalCount } } }",
                "country.actions.totalCount");
        GraphQlTester.Response recorded = writer.documentName("recordAction").variable("input", visit("Ebrard proposed talks with Bolivia"))
                .execute();
        recorded.path("recordAction.userErrors").entityList(Object.class).hasSize(0)
                .path("recordAction.action.eventCode.code").entity(String.class).isEqualTo("036")
                .path("recordAction.action.quadClass").entity(String.class).isEqualTo("VERBAL_COOPERATION")
                .path("recordAction.action.intensity").entity(Double.class).isEqualTo(4.0)
                .path("recordAction.action.actors[0].slug").entity(String.class).isEqualTo("marcelo-ebrard")
                .path("recordAction.action.recipients[0].code").entity(String.class).isEqualTo("BO")
                .path("recordAction.action.source.slug").entity(String.class).isEqualTo("mexico-peru-2022-12-21");
        assertThat(count("{ country(code: \"BO\") { actions(as: RECIPIENT) { totalCount } } }", "country.actions.totalCount"))
                .isEqualTo(boliviaBefore + 1);
        graphQl.document("{ relation(between: [\"MX\", \"BO\"]) { summary { eventCount } } }").execute()
                .path("relation.summary.eventCount").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(1));
    }

    @Test
    void correctingAnActionRecodesItAndMovesItBetweenCountries() {
        String id = writer.documentName("recordAction").variable("input", visit("Ebrard met Bolivia's envoy")).execute()
                .path("recordAction.action.id").entity(String.class).get();
        String colombia = id("{ country(code: \"CO\") { id } }", "country.id");
        writer.documentName("correctAction").variable("input", Map.of("id", id, "expectedVersion", 1, "eventCode", "1661",
                        "negated", true, "recipients", List.of(colombia))).execute()
                .path("correctAction.userErrors").entityList(Object.class).hasSize(0)
                .path("correctAction.action.version").entity(Integer.class).isEqualTo(2)
                .path("correctAction.action.eventCode.code").entity(String.class).isEqualTo("1661")
                .path("correctAction.action.intensity").entity(Double.class).isEqualTo(0.0)
                .path("correctAction.action.recipients[0].code").entity(String.class).isEqualTo("CO");
        List<String> colombian = everyId("{ country(code: \"CO\") { actions(as: RECIPIENT, first: 100) { nodes { id } "
                + "pageInfo { hasNextPage } } } }", "country.actions");
        List<String> bolivian = everyId("{ country(code: \"BO\") { actions(as: RECIPIENT, first: 100) { nodes { id } "
                + "pageInfo { hasNextPage } } } }", "country.actions");
        assertThat(colombian).contains(id);
        assertThat(bolivian).doesNotContain(id);
    }

    @Test
    void badActionsAreRefusedFieldByFieldAndWriteNothing() {
        Map<String, String> before = fingerprint();
        Map<String, Object> input = visit("Nothing of this is valid");
        input.put("eventCode", "999");
        input.put("actors", List.of(sentenceId(1)));
        input.put("evidence", List.of(sentenceId(3), "Zm9vOjE"));
        input.put("placeCountry", "ZZ");
        input.put("occurred", Map.of("date", "2022-12-01", "precision", "MONTH", "basis", "UNKNOWN"));
        input.put("reportedIn", actorId("pablo-monroy"));
        GraphQlTester.Response response = writer.documentName("recordAction").variable("input", input).execute();
        response.path("recordAction.action").valueIsNull();
        assertThat(userErrorFields(response, "recordAction")).contains(List.of("input", "eventCode"), List.of("input", "actors", "0"),
                List.of("input", "evidence", "1"), List.of("input", "placeCountry"), List.of("input", "occurred", "basis"), List.of("input", "reportedIn"));
        response.path("recordAction.userErrors[*].code").entityList(String.class).contains("UNKNOWN_CODE", "WRONG_TYPE",
                "INVALID", "NOT_FOUND");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void evidenceMustComeFromOneSource() {
        String otherSource = writer.document("""
                        mutation { recordSource(input: {slug: "evidence-test-source", headline: "A second source",
                          published: {date: "2022-12-22"}, text: "Bolivia's envoy met Ebrard. They spoke of talks."}) {
                          source { sentences { nodes { id } } } userErrors { code } } }""")
                .execute().path("recordSource.source.sentences.nodes[0].id").entity(String.class).get();
        Map<String, String> before = fingerprint();
        Map<String, Object> input = visit("Mixed evidence");
        input.put("evidence", List.of(sentenceId(16), otherSource));
        GraphQlTester.Response response = expectUserErrors(writer.documentName("recordAction").variable("input", input), "recordAction", "INVALID");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aRetractedActionLeavesTheRelationAndTheListsButNotTheAuditTrail() {
        String id = writer.documentName("recordAction").variable("input", visit("A visit later found not to have happened")).execute()
                .path("recordAction.action.id").entity(String.class).get();
        int events = count("{ relation(between: [\"MX\", \"BO\"]) { summary { eventCount } } }", "relation.summary.eventCount");
        writer.document("mutation($id: ID!) { retractFact(input: {id: $id, expectedVersion: 1, reason: \"never happened\"}) { userErrors { code } } }")
                .variable("id", id).execute().path("retractFact.userErrors").entityList(Object.class).hasSize(0);
        assertThat(count("{ relation(between: [\"MX\", \"BO\"]) { summary { eventCount } } }", "relation.summary.eventCount"))
                .isEqualTo(events - 1);
        assertThat(everyId("{ country(code: \"BO\") { actions(first: 100) { nodes { id } pageInfo { hasNextPage } } } }",
                "country.actions")).doesNotContain(id);
        graphQl.document("{ auditTrail(factType: ACTION, first: 5) { nodes { factId operation reason change { by } } } }").execute()
                .path("auditTrail.nodes[0].factId").entity(String.class).isEqualTo(id)
                .path("auditTrail.nodes[0].operation").entity(String.class).isEqualTo("RETRACT")
                .path("auditTrail.nodes[0].reason").entity(String.class).isEqualTo("never happened")
                .path("auditTrail.nodes[0].change.by").entity(String.class).isEqualTo("tester");
    }

    @Test
    void concurrentCorrectionsOfOneVersionLetExactlyOneWin() throws Exception {
        String id = writer.documentName("recordAction").variable("input", visit("Two editors at once")).execute()
                .path("recordAction.action.id").entity(String.class).get();
        List<java.util.concurrent.Callable<List<String>>> edits = List.of("First edit", "Second edit", "Third edit").stream()
                .<java.util.concurrent.Callable<List<String>>>map(summary -> () -> writer.documentName("correctAction")
                        .variable("input", Map.of("id", id, "expectedVersion", 1, "summary", summary)).execute()
                        .path("correctAction.userErrors[*].code").entityList(String.class).get())
                .toList();
        List<List<String>> outcomes = new java.util.ArrayList<>();
        for (var future : java.util.concurrent.Executors.newFixedThreadPool(3).invokeAll(edits)) {
            outcomes.add(future.get());
        }
        assertThat(outcomes).filteredOn(List::isEmpty).hasSize(1);
        assertThat(outcomes).filteredOn(codes -> codes.equals(List.of("STALE_VERSION"))).hasSize(2);
        graphQl.document("query($id: ID!) { node(id: $id) { ... on Action { version revisions { version } } } }")
                .variable("id", id).execute()
                .path("node.version").entity(Integer.class).isEqualTo(2)
                .path("node.revisions[*].version").entityList(Integer.class).containsExactly(1, 2);
    }
}
