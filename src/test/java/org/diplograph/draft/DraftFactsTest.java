package org.diplograph.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * draftFacts stores the article as a source and drafts its facts, each citing its exact words; review accepts
 * (through the record mutations' writers, once) or rejects them; bad input writes nothing.
 */
class DraftFactsTest extends WriteTest {

    private static final String ACCEPT = """
            mutation($input: AcceptCandidatesInput!) { acceptCandidates(input: $input) {
              candidates { id state fact { id ... on Statement { content speaker { name } evidence { number } source { slug } }
                ... on Action { eventCode { code } } ... on Figure { kind quantity } } }
              userErrors { field message code } } }""";

    @Test
    void anArticleIsStoredAsASourceAndEveryCandidateCitesItsExactWords() throws IOException {
        Map<String, Object> draft = draft(article("canada-china-2023-05.txt"), "2023-05-09");
        Map<?, ?> source = (Map<?, ?>) draft.get("source");
        String text = (String) source.get("text");
        List<Map<String, Object>> candidates = candidates(draft);
        assertThat(candidates).extracting(candidate -> candidate.get("kind")).contains("QUOTE", "ACTION", "FIGURE", "ACTOR");
        for (Map<String, Object> candidate : candidates) {
            int start = (int) candidate.get("start"), end = (int) candidate.get("end");
            assertThat(text.substring(start, end)).as("cited words").isEqualTo(candidate.get("words"));
            assertThat((String) ((Map<?, ?>) candidate.get("sentence")).get("text")).contains((String) candidate.get("words"));
            assertThat(candidate.get("state")).isEqualTo("PENDING");
        }
        Map<?, ?> quote = quote(candidates, "Canada will not accept interference by any foreign state in its democracy");
        assertThat(((Map<?, ?>) quote.get("speaker")).get("name")).isEqualTo("Melanie Joly");
        assertThat(quote.get("mode")).isEqualTo("QUOTE");
        Map<?, ?> expulsion = candidates.stream().filter(candidate -> "ACTION".equals(candidate.get("kind")))
                .map(candidate -> (Map<?, ?>) candidate.get("action")).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) expulsion.get("eventCode")).get("code")).isEqualTo("174");
        assertThat(((Map<?, ?>) expulsion.get("occurred")).get("date")).as("'on Monday' before Tuesday 9 May").isEqualTo("2023-05-08");
        assertThat(draft.get("pendingCount")).isEqualTo(candidates.size());
    }

    @Test
    void acceptingWritesTheFactsCitingTheNewSourceOnceAndRejectingWritesNothing() throws IOException {
        Map<String, Object> draft = draft(article("niger-france-2023-08.txt"), "2023-08-26");
        List<Map<String, Object>> candidates = candidates(draft);
        String quote = (String) candidates.stream().filter(candidate -> "QUOTE".equals(candidate.get("kind"))).findFirst()
                .orElseThrow().get("id");
        String action = (String) candidates.stream().filter(candidate -> "ACTION".equals(candidate.get("kind"))).findFirst()
                .orElseThrow().get("id");
        String figure = (String) candidates.stream().filter(candidate -> "FIGURE".equals(candidate.get("kind"))).findFirst()
                .orElseThrow().get("id");
        GraphQlTester.Response accepted = accept((String) draft.get("id"), List.of(quote, action, figure), List.of());
        accepted.path("acceptCandidates.userErrors").entityList(Object.class).hasSize(0)
                .path("acceptCandidates.candidates[*].state").entityList(String.class).containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED")
                .path("acceptCandidates.candidates[0].fact.source.slug").entity(String.class)
                .isEqualTo(((Map<?, ?>) draft.get("source")).get("slug"))
                .path("acceptCandidates.candidates[2].fact.quantity").entity(Integer.class).isEqualTo(48);

        Map<String, String> before = fingerprint();
        accept((String) draft.get("id"), List.of(quote, action, figure), List.of())
                .path("acceptCandidates.userErrors").entityList(Object.class).hasSize(0);
        assertThat(fingerprint()).as("accepting again writes nothing").isEqualTo(before);

        String other = (String) candidates.stream().filter(candidate -> "ACTOR".equals(candidate.get("kind"))).findFirst()
                .orElseThrow().get("id");
        writer.document("""
                        mutation($input: RejectCandidatesInput!) { rejectCandidates(input: $input) {
                          candidates { state } userErrors { code } } }""")
                .variable("input", Map.of("draft", draft.get("id"), "reject", List.of(other))).execute()
                .path("rejectCandidates.candidates[0].state").entity(String.class).isEqualTo("REJECTED");
        writer.document("""
                        mutation($input: RejectCandidatesInput!) { rejectCandidates(input: $input) { userErrors { field code } } }""")
                .variable("input", Map.of("draft", draft.get("id"), "reject", List.of(quote))).execute()
                .path("rejectCandidates.userErrors[0].field").entityList(String.class).contains("reject", "0");
    }

    @Test
    void aCandidateEditedIntoAnInvalidFactGetsItsUserErrorAndNothingIsWritten() throws IOException {
        Map<String, Object> draft = draft(article("spain-argentina-2024-05.txt"), "2024-05-21");
        List<Map<String, Object>> candidates = candidates(draft);
        String quote = (String) candidates.stream().filter(candidate -> "QUOTE".equals(candidate.get("kind"))).findFirst()
                .orElseThrow().get("id");
        String action = (String) candidates.stream().filter(candidate -> "ACTION".equals(candidate.get("kind"))).findFirst()
                .orElseThrow().get("id");
        Map<String, String> before = fingerprint();
        accept((String) draft.get("id"), List.of(quote, action), List.of(Map.of("candidate", action, "eventCode", "999")))
                .path("acceptCandidates.userErrors[0].field").entityList(String.class).contains("accept", "1", "eventCode")
                .path("acceptCandidates.candidates").entityList(Object.class).hasSize(0);
        assertThat(fingerprint()).as("nothing written, not even the valid quote").isEqualTo(before);
    }

    @Test
    void aTextWithNoQuoteAndNoEventIsAnEmptyDraftWithAWarning() {
        Map<String, Object> draft = draft("The weather in the capital was mild and the markets were quiet.", "2024-01-10");
        assertThat(candidates(draft)).isEmpty();
        assertThat((List<?>) draft.get("warnings")).singleElement().asString().contains("no quote, action or figure");
    }

    @Test
    void badInputIsRefusedWithAUserErrorAndWritesNothing() {
        Map<String, String> before = fingerprint();
        String tomorrow = LocalDate.now().plusDays(3).toString();
        for (Object[] bad : new Object[][] {
                {Map.of("text", "   ", "published", "2024-01-10"), "text", "INVALID"},
                {Map.of("text", "<p>Peru expelled the ambassador.</p>", "published", "2024-01-10"), "text", "INVALID"},
                {Map.of("text", "Peru expelled the ambassador.", "published", tomorrow), "published", "INVALID"},
                {Map.of("text", "El Perú expulsó al embajador.", "published", "2024-01-10", "language", "es"), "language",
                        "UNSUPPORTED_LANGUAGE"},
                {Map.of("text", "x".repeat(200_001), "published", "2024-01-10"), "text", "INVALID"}}) {
            writer.documentName("draftFacts").variable("input", bad[0]).execute()
                    .path("draftFacts.draft").valueIsNull()
                    .path("draftFacts.userErrors[0].field").entityList(String.class).contains((String) bad[1])
                    .path("draftFacts.userErrors[0].code").entity(String.class).isEqualTo(bad[2]);
        }
        writer.documentName("draftFacts").variable("input", Map.of("text", "Peru expelled the ambassador.",
                        "published", "last Tuesday")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
        graphQl.documentName("draftFacts").variable("input", Map.of("text", "Peru expelled the ambassador.",
                        "published", "2024-01-10")).execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());
        assertThat(fingerprint()).isEqualTo(before);
    }

    private Map<String, Object> draft(String text, String published) {
        Map<String, Object> input = new HashMap<>(Map.of("text", text, "published", published));
        GraphQlTester.Response response = writer.documentName("draftFacts").variable("input", input).execute();
        response.path("draftFacts.userErrors").entityList(Object.class).hasSize(0);
        return response.path("draftFacts.draft").entity(MAP).get();
    }

    private GraphQlTester.Response accept(String draft, List<String> ids, List<Map<String, Object>> edits) {
        return writer.document(ACCEPT).variable("input", Map.of("draft", draft, "accept", ids, "edits", edits)).execute();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> candidates(Map<String, Object> draft) {
        return (List<Map<String, Object>>) draft.get("candidates");
    }

    private static Map<?, ?> quote(List<Map<String, Object>> candidates, String content) {
        return candidates.stream().filter(candidate -> "QUOTE".equals(candidate.get("kind")))
                .map(candidate -> (Map<?, ?>) candidate.get("quote"))
                .filter(quote -> content.equals(quote.get("content"))).findFirst().orElseThrow();
    }

    private static String article(String file) throws IOException {
        try (InputStream in = DraftFactsTest.class.getResourceAsStream("/coding/devset/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
