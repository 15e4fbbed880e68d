package org.diplograph.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Recording, correcting and retracting statements; every failure explains itself and writes nothing. */
class StatementWritesTest extends WriteTest {


    private Map<String, Object> quote(String content, int sentence) {
        return Map.of("speaker", actorId("andres-manuel-lopez-obrador"), "mode", "QUOTE", "content", content,
                "said", Map.of("date", "2022-12-21", "wording", "Wednesday"), "evidence", sentenceId(sentence),
                "audience", List.of(actorId("reporters")),
                "subjects", List.of(actorId("government-of-peru"), id("{ country(code: \"PE\") { id } }", "country.id")));
    }

    @Test
    void aQuoteFromItsSentenceIsRecordedWithItsLinksAndHistory() {
        GraphQlTester.Response recorded = writer.documentName("recordStatement").variable("input", quote("We will always defend the right", 14))
                .execute();
        recorded.path("recordStatement.userErrors").entityList(Object.class).hasSize(0)
                .path("recordStatement.statement.version").entity(Integer.class).isEqualTo(1)
                .path("recordStatement.statement.speaker.slug").entity(String.class).isEqualTo("andres-manuel-lopez-obrador")
                .path("recordStatement.statement.audience[0].slug").entity(String.class).isEqualTo("reporters")
                .path("recordStatement.statement.subjects[*].__typename").entityList(String.class).containsExactly("Actor", "Country")
                .path("recordStatement.statement.evidence.number").entity(Integer.class).isEqualTo(14)
                .path("recordStatement.statement.recorded.by").entity(String.class).isEqualTo("tester")
                .path("recordStatement.statement.revisions[*].operation").entityList(String.class).containsExactly("RECORD");
        String id = recorded.path("recordStatement.statement.id").entity(String.class).get();
        graphQl.document("query($id: ID!) { node(id: $id) { ... on Statement { content } } }").variable("id", id).execute()
                .path("node.content").entity(String.class).isEqualTo("We will always defend the right");
    }

    @Test
    void contentMustOccurVerbatimInTheCitedSentenceAndAQuoteBetweenQuotationMarks() {
        Map<String, String> before = fingerprint();
        GraphQlTester.Response invented = expectUserErrors(writer.documentName("recordStatement")
                .variable("input", quote("We will break relations", 14)), "recordStatement", "NOT_IN_SOURCE");
        invented.path("recordStatement.statement").valueIsNull();
        assertThat(userErrorFields(invented, "recordStatement")).containsExactly(List.of("input", "content"));
        GraphQlTester.Response unquoted = expectUserErrors(writer.documentName("recordStatement")
                .variable("input", quote("the president said", 14)), "recordStatement", "NOT_IN_SOURCE");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void everyReferenceMustExistAndBeOfTheRightTypeAndEveryProblemIsReported() {
        Map<String, String> before = fingerprint();
        Map<String, Object> input = new java.util.HashMap<>(quote("It is part of our foreign policy.", 15));
        input.put("speaker", id("{ country(code: \"MX\") { id } }", "country.id"));
        input.put("evidence", actorId("pablo-monroy"));
        input.put("subjects", List.of(sentenceId(3), org.diplograph.graphql.node.GlobalId.encode(org.diplograph.graphql.node.NodeType.ACTOR, 987654)));
        input.put("said", Map.of("precision", "DAY"));
        GraphQlTester.Response response = writer.documentName("recordStatement").variable("input", input).execute();
        response.path("recordStatement.userErrors[*].code").entityList(String.class)
                .contains("WRONG_TYPE", "NOT_FOUND", "INVALID");
        assertThat(userErrorFields(response, "recordStatement"))
                .contains(List.of("input", "speaker"), List.of("input", "evidence"), List.of("input", "subjects", "0"), List.of("input", "subjects", "1"), List.of("input", "said", "precision"));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aCorrectionAtTheReadVersionAppliesAndAStaleOneIsRefused() {
        String id = writer.documentName("recordStatement").variable("input", quote("It is part of our foreign policy.", 15)).execute()
                .path("recordStatement.statement.id").entity(String.class).get();
        writer.documentName("correctStatement").variable("input", Map.of("id", id, "expectedVersion", 1, "content", "It is part of our foreign policy",
                        "said", Map.of("date", "2022-12-22"))).execute()
                .path("correctStatement.userErrors").entityList(Object.class).hasSize(0)
                .path("correctStatement.statement.version").entity(Integer.class).isEqualTo(2)
                .path("correctStatement.statement.said.date").entity(String.class).isEqualTo("2022-12-22")
                .path("correctStatement.statement.lastChange.by").entity(String.class).isEqualTo("tester");
        Map<String, String> before = fingerprint();
        GraphQlTester.Response stale = expectUserErrors(writer.documentName("correctStatement")
                .variable("input", Map.of("id", id, "expectedVersion", 1, "content", "It is part of our foreign policy.")), "correctStatement", "STALE_VERSION");
        stale.path("correctStatement.userErrors[0].message").entity(String.class)
                .satisfies(message -> assertThat(message).contains("version 2").contains("tester"));
        assertThat(fingerprint()).isEqualTo(before);
        writer.document("query($id: ID!) { node(id: $id) { ... on Statement { revisions { version operation snapshot } } } }")
                .variable("id", id).execute()
                .path("node.revisions[*].version").entityList(Integer.class).containsExactly(1, 2)
                .path("node.revisions[*].operation").entityList(String.class).containsExactly("RECORD", "CORRECT")
                .path("node.revisions[1].snapshot.content").entity(String.class).isEqualTo("It is part of our foreign policy");
    }

    @Test
    void aRetractedStatementLeavesListsButKeepsItsHistory() {
        String id = writer.documentName("recordStatement").variable("input", quote("We will always defend the right to asylum", 14)).execute()
                .path("recordStatement.statement.id").entity(String.class).get();
        String search = "{ statements(filter: {search: \"always defend\"}%s) { nodes { id } } }";
        assertThat(graphQl.document(search.formatted("")).execute().path("statements.nodes[*].id")
                .entityList(String.class).get()).contains(id);
        writer.document("mutation($id: ID!) { retractFact(input: {id: $id, expectedVersion: 1, reason: \"duplicate of the seed quote\"}) { fact { isRetracted } userErrors { code } } }")
                .variable("id", id).execute()
                .path("retractFact.fact.isRetracted").entity(Boolean.class).isEqualTo(true);
        assertThat(graphQl.document(search.formatted("")).execute().path("statements.nodes[*].id")
                .entityList(String.class).get()).doesNotContain(id);
        assertThat(graphQl.document(search.formatted(", includeRetracted: true")).execute()
                .path("statements.nodes[*].id").entityList(String.class).get()).contains(id);
        graphQl.document("query($id: ID!) { node(id: $id) { ... on Statement { retraction { reason by } revisions { operation reason } } } }")
                .variable("id", id).execute()
                .path("node.retraction.reason").entity(String.class).isEqualTo("duplicate of the seed quote")
                .path("node.revisions[*].operation").entityList(String.class).containsExactly("RECORD", "RETRACT");
        GraphQlTester.Response again = expectUserErrors(writer.document("mutation($id: ID!) { retractFact(input: {id: $id, expectedVersion: 2, reason: \"again\"}) { userErrors { code } } }")
                .variable("id", id), "retractFact", "RETRACTED");
        GraphQlTester.Response correctRetracted = expectUserErrors(writer.documentName("correctStatement")
                .variable("input", Map.of("id", id, "expectedVersion", 2, "content", "asylum")), "correctStatement", "RETRACTED");
    }
}
