package org.diplograph.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Figures are written like every fact: validated whole, cited verbatim, versioned, audited, retractable. */
class FigureWritesTest extends WriteTest {


    private String sentenceContaining(String text) {
        return graphQl.document("{ source(slug: \"mexico-peru-2022-12-21\") { sentences(first: 30) { nodes { id text } } } }")
                .execute().path("source.sentences.nodes").entityList(Map.class).get().stream()
                .filter(sentence -> ((String) sentence.get("text")).contains(text))
                .map(sentence -> (String) sentence.get("id")).findFirst().orElseThrow();
    }

    private Map<String, Object> deaths(String wording) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "DEATHS");
        input.put("counted", "people killed in clashes, as recorded by a test");
        input.put("quantity", 21);
        input.put("exactness", "EXACT");
        input.put("wording", wording);
        input.put("aboutCountry", "PER");
        input.put("reportedBy", actorId("officials"));
        input.put("evidence", sentenceContaining("Officials say"));
        return input;
    }

    @Test
    void aFigureIsRecordedCitedAndAudited() {
        GraphQlTester.Response response = writer.documentName("recordFigure").variable("input", deaths("21 people")).execute();
        response.path("recordFigure.userErrors").entityList(Object.class).hasSize(0)
                .path("recordFigure.figure.quantity").entity(Integer.class).isEqualTo(21)
                .path("recordFigure.figure.aboutCountry.code").entity(String.class).isEqualTo("PE")
                .path("recordFigure.figure.recorded.by").entity(String.class).isEqualTo("tester");
        String id = response.path("recordFigure.figure.id").entity(String.class).get();
        graphQl.document("query($id: ID!) { node(id: $id) { ... on Figure { revisions { operation snapshot } } } }")
                .variable("id", id).execute()
                .path("node.revisions[*].operation").entityList(String.class).containsExactly("RECORD")
                .path("node.revisions[0].snapshot.wording").entity(String.class).isEqualTo("21 people");
    }

    @Test
    void wordingNotInTheSentenceAMissingSubjectAndANegativeQuantityAreRefusedAndWriteNothing() {
        Map<String, Object> input = deaths("thousands died");
        input.put("quantity", -1);
        input.remove("aboutCountry");
        input.remove("reportedBy");
        GraphQlTester.Response response = expectUserErrors(writer.documentName("recordFigure").variable("input", input), "recordFigure",
                "INVALID", "NOT_IN_SOURCE", "INVALID");
        assertThat(userErrorFields(response, "recordFigure")).containsExactly(List.of("input", "quantity"),
                List.of("input", "wording"), List.of("input", "aboutAction"));
    }

    @Test
    void aCorrectionAtTheReadVersionAppliesAStaleOneIsRefusedAndARetractionLeavesTheList() {
        String id = writer.documentName("recordFigure").variable("input", deaths("21 people have died")).execute()
                .path("recordFigure.figure.id").entity(String.class).get();
        writer.documentName("correctFigure").variable("input", Map.of("id", id, "expectedVersion", 1, "quantity", 20,
                        "exactness", "AT_LEAST")).execute()
                .path("correctFigure.userErrors").entityList(Object.class).hasSize(0)
                .path("correctFigure.figure.version").entity(Integer.class).isEqualTo(2)
                .path("correctFigure.figure.exactness").entity(String.class).isEqualTo("AT_LEAST")
                .path("correctFigure.figure.lastChange.by").entity(String.class).isEqualTo("tester");
        expectUserErrors(writer.documentName("correctFigure").variable("input", Map.of("id", id, "expectedVersion", 1, "quantity", 19)),
                "correctFigure", "STALE_VERSION");
        expectUserErrors(writer.documentName("correctFigure").variable("input", Map.of("id", id, "expectedVersion", 2,
                "wording", "invented words")), "correctFigure", "NOT_IN_SOURCE");

        writer.document("mutation($id: ID!) { retractFact(input: {id: $id, expectedVersion: 2, reason: \"double count\"}) "
                        + "{ userErrors { code } } }").variable("id", id).execute()
                .path("retractFact.userErrors").entityList(Object.class).hasSize(0);
        String listed = "{ figures(first: 100%s) { nodes { id } pageInfo { hasNextPage } } }";
        assertThat(everyId(listed.formatted(""), "figures")).doesNotContain(id);
        assertThat(everyId(listed.formatted(", includeRetracted: true"), "figures")).contains(id);
        graphQl.document("query($id: ID!) { node(id: $id) { ... on Figure { isRetracted revisions { operation } } } }")
                .variable("id", id).execute()
                .path("node.isRetracted").entity(Boolean.class).isEqualTo(true)
                .path("node.revisions[*].operation").entityList(String.class).containsExactly("RECORD", "CORRECT", "RETRACT");
    }

    @Test
    void recordingNeedsAWriteKey() {
        graphQl.documentName("recordFigure").variable("input", deaths("21 people")).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "UNAUTHORIZED")));
    }
}
