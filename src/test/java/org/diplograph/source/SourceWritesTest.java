package org.diplograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Recording a source splits it into citable sentences; corrections change metadata only, at the read version. */
class SourceWritesTest extends WriteTest {


    private static Map<String, Object> source(String slug) {
        Map<String, Object> input = new HashMap<>();
        input.put("slug", slug);
        input.put("headline", "Peru's Congress debates early elections");
        input.put("published", Map.of("date", "2022-12-16"));
        input.put("text", "Lima: Peru's Congress on Friday debated early elections. Dina Boluarte \"is working on it,\" aides said.\nNo vote was held.");
        return input;
    }

    @Test
    void aRecordedSourceIsSplitIntoSentencesWithOffsets() {
        GraphQlTester.Response response = writer.documentName("recordSource").variable("input", source("congress-debate")).execute();
        response.path("recordSource.userErrors").entityList(Object.class).hasSize(0)
                .path("recordSource.source.headlineOrigin").entity(String.class).isEqualTo("ARTICLE")
                .path("recordSource.source.language").entity(String.class).isEqualTo("en")
                .path("recordSource.source.published.precision").entity(String.class).isEqualTo("DAY")
                .path("recordSource.source.published.basis").entity(String.class).isEqualTo("STATED")
                .path("recordSource.source.sentences.totalCount").entity(Integer.class).isEqualTo(3)
                .path("recordSource.source.sentences.nodes[*].text").entityList(String.class).containsExactly(
                        "Lima: Peru's Congress on Friday debated early elections.",
                        "Dina Boluarte \"is working on it,\" aides said.", "No vote was held.")
                .path("recordSource.source.sentences.nodes[2].start").entity(Integer.class)
                .isEqualTo(((String) source("x").get("text")).indexOf("No vote"));
    }

    @Test
    void badSourcesAreRefusedFieldByFieldAndWriteNothing() {
        writer.documentName("recordSource").variable("input", source("taken-slug")).execute()
                .path("recordSource.userErrors").entityList(Object.class).hasSize(0);
        Map<String, String> before = fingerprint();
        GraphQlTester.Response taken = expectUserErrors(writer.documentName("recordSource").variable("input", source("taken-slug")), "recordSource", "TAKEN");
        Map<String, Object> bad = source("Not A Slug");
        bad.put("headline", " ");
        bad.put("url", "javascript:alert(1)");
        bad.put("language", "English");
        bad.put("text", "");
        bad.put("published", Map.of("date", "2022-12-16", "precision", "UNKNOWN"));
        GraphQlTester.Response response = writer.documentName("recordSource").variable("input", bad).execute();
        assertThat(userErrorFields(response, "recordSource")).containsExactlyInAnyOrder(List.of("input", "slug"), List.of("input", "headline"),
                List.of("input", "url"), List.of("input", "language"), List.of("input", "text"), List.of("input", "published", "precision"));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void correctionsPatchMetadataAndRefuseStaleVersions() {
        String id = writer.documentName("recordSource").variable("input", source("to-be-corrected")).execute()
                .path("recordSource.source.id").entity(String.class).get();
        writer.documentName("correctSource").variable("input", Map.of("id", id, "expectedVersion", 1, "outlet", "Andina",
                        "url", "https://example.org/congress")).execute()
                .path("correctSource.userErrors").entityList(Object.class).hasSize(0)
                .path("correctSource.source.version").entity(Integer.class).isEqualTo(2)
                .path("correctSource.source.outlet").entity(String.class).isEqualTo("Andina")
                .path("correctSource.source.headline").entity(String.class).isEqualTo("Peru's Congress debates early elections");
        Map<String, Object> cleared = new HashMap<>(Map.of("id", id, "expectedVersion", 2));
        cleared.put("outlet", null);
        writer.documentName("correctSource").variable("input", cleared).execute()
                .path("correctSource.source.outlet").valueIsNull()
                .path("correctSource.source.url").entity(String.class).isEqualTo("https://example.org/congress");
        Map<String, String> before = fingerprint();
        expectUserErrors(writer.documentName("correctSource").variable("input", Map.of("id", id, "expectedVersion", 2, "outlet", "Late")), "correctSource", "STALE_VERSION");
        expectUserErrors(writer.documentName("correctSource").variable("input", Map.of("id", actorId("pablo-monroy"),
                "expectedVersion", 1)), "correctSource", "WRONG_TYPE");
        assertThat(fingerprint()).isEqualTo(before);
    }
}
