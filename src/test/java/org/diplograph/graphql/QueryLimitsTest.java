package org.diplograph.graphql;

import java.util.Map;

import graphql.introspection.IntrospectionQueryBuilder;
import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.diplograph.support.DatabaseIndependent;

/**
 * Every request is priced and held to the documented limits; a refusal is a 400 BAD_REQUEST error naming the limit in
 * {@code extensions.code} with the limit and the actual figure, so a client can correct the request.
 */
@DatabaseIndependent
class QueryLimitsTest extends ApiTest {

    private WebTestClient.BodyContentSpec refused(String query, String code) {
        return post(query, Map.of()).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].extensions.code").isEqualTo(code);
    }

    private WebTestClient.ResponseSpec post(String query, Map<String, Object> variables) {
        return http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", query, "variables", variables)).exchange();
    }

    @Test
    void everyResponseReportsTheCostOfItsQuery() {
        // A connection costs 2 plus its page size times what each item selects; an object 1; a scalar 0.
        post("{ countries(first: 3) { nodes { code } } }", Map.of()).expectStatus().isOk().expectBody()
                .jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(2 + 3 * 1)
                .jsonPath("$.extensions.cost.maximumQueryCost").isEqualTo(5000);
    }

    @Test
    void nestedConnectionsMultiplyByTheirPageSizes() {
        post("{ countries(first: 2) { nodes { actions(first: 4) { nodes { summary } } } } }", Map.of())
                .expectStatus().isOk().expectBody()
                .jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(2 + 2 * (1 + 2 + 4 * 1));
    }

    @Test
    void costFollowsVariablesDefaultPageSizesAndSkippedFields() {
        post("""
                query Priced($size: Int, $skipActors: Boolean!) {
                  countries(first: $size) { nodes { code } }
                  sources { nodes { headline } }
                  actors @skip(if: $skipActors) { nodes { name } }
                }""", Map.of("size", 7, "skipActors", true))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo((2 + 7) + (2 + 20));
    }

    @Test
    void aQueryCostingMoreThanTheLimitIsRefusedBeforeItRuns() {
        long statements = 2 + 100;
        // actors is a list of at most 10 parties (its @listSize): each item an object costing 1 plus its selection.
        long actionItem = 1 + 10 * (1 + statements);
        long countryItem = 1 + (2 + 100 * actionItem);
        long cost = 2 + 100 * countryItem;
        refused("""
                { countries(first: 100) { nodes { actions(first: 100) { nodes {
                    actors { ... on Actor { statements(first: 100) { nodes { content } } } } } } } } }""",
                "MAX_COST_EXCEEDED")
                .jsonPath("$.errors[0].extensions.limit").isEqualTo(5000)
                .jsonPath("$.errors[0].extensions.actual").isEqualTo(cost)
                .jsonPath("$.errors[0].message").value(message -> org.assertj.core.api.Assertions.assertThat((String) message)
                        .contains("costs %,d".formatted(cost)).contains("limit is 5,000"));
    }

    @Test
    void aListIsPricedByItsBoundTimesWhatEachItemSelects() {
        // evidence: at most 20 sentences (@listSize), each an object (1) selecting a scalar (0).
        post("{ actions(first: 3) { nodes { evidence { number } } } }", Map.of()).expectStatus().isOk().expectBody()
                .jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(2 + 3 * (1 + 20 * 1));
    }

    @Test
    void nodesArePricedByTheNumberOfIdsAsked() {
        String id = "QWN0aW9uOjE";
        post("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Action { evidence { number } } } }",
                Map.of("ids", java.util.Collections.nCopies(100, id))).expectStatus().isOk().expectBody()
                .jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(100 * (1 + 20 * 1));
    }

    @Test
    void listsNestedInListsMultiplyTheirBoundsAndAreRefusedBeforeTheyRun() {
        // Evidence and the actions citing it, alternated six levels deep: 20 × 10 × 20 × 10 × 20 × 10 sentences and
        // actions at most, however few the seed holds.
        String bomb = "{ node(id: \"QWN0aW9uOjE\") { ... on Action { evidence { actions { evidence { actions { evidence { "
                + "actions { summary } } } } } } } } }";
        long actions = 10 * 1;
        long level3 = 20 * (1 + actions);
        long level2 = 10 * (1 + level3);
        long level1 = 20 * (1 + level2);
        long level0 = 10 * (1 + level1);
        long cost = 1 + 20 * (1 + level0);
        refused(bomb, "MAX_COST_EXCEEDED").jsonPath("$.errors[0].extensions.actual").isEqualTo(cost);
    }

    @Test
    void aVariableThatSetsNoSizeDoesNotChangeThePrice() {
        String query = "query($name: String) { actors(filter: {name: $name}, first: 2) { nodes { name } } }";
        for (String name : java.util.List.of("a", "x".repeat(100_000), "lopez")) {
            post(query, Map.of("name", name)).expectStatus().isOk().expectBody()
                    .jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(2 + 2 * 1);
        }
    }

    @Test
    void aQueryNestedDeeperThanTheLimitIsRefused() {
        String query = "{ actor(slug: \"pablo-monroy\") { " + "country { actors(first: 1) { nodes { ".repeat(6)
                + "name" + " } } }".repeat(6) + " } }";
        refused(query, "MAX_DEPTH_EXCEEDED")
                .jsonPath("$.errors[0].extensions.limit").isEqualTo(15)
                .jsonPath("$.errors[0].extensions.actual").isEqualTo(1 + 6 * 3 + 1);
    }

    @Test
    void depthCountsFieldsReachedThroughFragments() {
        refused("""
                { actor(slug: "pablo-monroy") { ...A } }
                fragment A on Actor { country { actors(first: 1) { nodes { ...B } } } }
                fragment B on Actor { country { actors(first: 1) { nodes { ...C } } } }
                fragment C on Actor { country { actors(first: 1) { nodes { ...D } } } }
                fragment D on Actor { country { actors(first: 1) { nodes { ...E } } } }
                fragment E on Actor { country { actors(first: 1) { nodes { name } } } }""", "MAX_DEPTH_EXCEEDED")
                .jsonPath("$.errors[0].extensions.actual").isEqualTo(1 + 5 * 3 + 1);
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 1; i <= 16; i++) {
            query.append(" a").append(i).append(": __typename");
        }
        refused(query.append(" }").toString(), "MAX_ALIASES_EXCEEDED")
                .jsonPath("$.errors[0].extensions.limit").isEqualTo(15)
                .jsonPath("$.errors[0].extensions.actual").isEqualTo(16);
    }

    @Test
    void tooManyTokensAreRefused() {
        refused("{" + " __typename".repeat(1000) + " }", "MAX_TOKENS_EXCEEDED")
                .jsonPath("$.errors[0].extensions.limit").isEqualTo(1000)
                .jsonPath("$.errors[0].extensions.actual").isEqualTo(1002);
    }

    @Test
    void aDocumentLongerThanTheLimitIsRefusedWithoutBeingParsed() {
        String query = "{ __typename }\n#" + "x".repeat(17_000);
        refused(query, "MAX_DOCUMENT_SIZE_EXCEEDED")
                .jsonPath("$.errors[0].extensions.limit").isEqualTo(16384)
                .jsonPath("$.errors[0].extensions.actual").isEqualTo(query.length());
    }

    @Test
    void aDocumentDefiningTooManyOperationsIsRefused() {
        StringBuilder query = new StringBuilder();
        for (int i = 1; i <= 11; i++) {
            query.append("query Q").append(i).append(" { __typename }\n");
        }
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", query.toString(), "operationName", "Q1")).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("MAX_OPERATIONS_EXCEEDED")
                .jsonPath("$.errors[0].extensions.actual").isEqualTo(11)
                .jsonPath("$.errors[0].extensions.limit").isEqualTo(10);
    }

    @Test
    void aPageLargerThanTheCapIsRefusedOnItsField() {
        post("{ countries(first: 101) { nodes { code } } }", Map.of()).expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("MAX_PAGE_SIZE_EXCEEDED")
                .jsonPath("$.errors[0].extensions.argument").isEqualTo("first")
                .jsonPath("$.errors[0].path[0]").isEqualTo("countries");
    }

    @Test
    void syntaxAndValidationErrorsAreClassifiedBadRequest() {
        refused("{ countries(first: 2) { nodes { code }", "GRAPHQL_PARSE_FAILED");
        refused("{ countries { nodes { population } } }", "GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void graphiqlsIntrospectionQueryFitsWithinEveryLimit() {
        String introspection = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
                .inputValueDeprecation(true).isOneOf(false));
        // The answer is larger than the test client's default buffer (256 KB), not than any limit of the server.
        http.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 << 20)).build()
                .post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", introspection, "variables", Map.of())).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.__schema.queryType.name").isEqualTo("Query");
    }

    /** A query of exactly this depth: an actor, then levels of three (country, actors, nodes), then a tail of 1 to 3. */
    private static String ofDepth(int depth) {
        int levels = (depth - 2) / 3;
        String tail = switch (depth - 1 - 3 * levels) {
            case 1 -> "name";
            case 2 -> "country { code }";
            default -> "country { actors(first: 1) { totalCount } }";
        };
        return "{ actor(slug: \"pablo-monroy\") { " + "country { actors(first: 1) { nodes { ".repeat(levels) + tail
                + " } } }".repeat(levels) + " } }";
    }

    private static String repeated(String pattern, int times) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= times; i++) {
            text.append(pattern.formatted(i));
        }
        return text.toString();
    }

    /** Each limit of application.yml's defaults, at its value (answered) and one past it (refused with its code). */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> limitsAtTheirValueAndOnePast() {
        // 2 + 49 * (1 + (2 + 99)) = 5,000; the country adds 1.
        String costing5000 = "countries(first: 49) { nodes { actions(first: 99) { nodes { summary } } } }";
        String document = "{ __typename }\n#";
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("depth 15", ofDepth(15), ofDepth(16), "MAX_DEPTH_EXCEEDED"),
                org.junit.jupiter.params.provider.Arguments.of("15 aliases", "{" + repeated(" a%d: __typename", 15) + " }",
                        "{" + repeated(" a%d: __typename", 16) + " }", "MAX_ALIASES_EXCEEDED"),
                org.junit.jupiter.params.provider.Arguments.of("1,000 tokens", "{" + " __typename".repeat(998) + " }",
                        "{" + " __typename".repeat(999) + " }", "MAX_TOKENS_EXCEEDED"),
                org.junit.jupiter.params.provider.Arguments.of("16,384 characters", document + "x".repeat(16_384 - document.length()),
                        document + "x".repeat(16_385 - document.length()), "MAX_DOCUMENT_SIZE_EXCEEDED"),
                org.junit.jupiter.params.provider.Arguments.of("a cost of 5,000", "{ " + costing5000 + " }",
                        "{ " + costing5000 + " country(code: \"PE\") { code } }", "MAX_COST_EXCEEDED"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("limitsAtTheirValueAndOnePast")
    void everyDocumentLimitAnswersAtItsValueAndRefusesOnePastIt(String limit, String atTheLimit, String onePast, String code) {
        post(atTheLimit, Map.of()).expectStatus().isOk().expectBody().jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data").exists();
        refused(onePast, code);
    }

    @Test
    void tenOperationsAreAnsweredAndElevenRefused() {
        for (int count : new int[] {10, 11}) {
            var answer = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
                    .bodyValue(Map.of("query", repeated("query Q%d { __typename }\n", count), "operationName", "Q1")).exchange();
            if (count == 10) {
                answer.expectStatus().isOk().expectBody().jsonPath("$.data.__typename").isEqualTo("Query");
            } else {
                answer.expectStatus().isBadRequest().expectBody()
                        .jsonPath("$.errors[0].extensions.code").isEqualTo("MAX_OPERATIONS_EXCEEDED");
            }
        }
    }

    @Test
    void aPageOfOneHundredIsAnsweredAndOneHundredAndOneRefused() {
        post("{ countries(first: 100) { nodes { code } } }", Map.of()).expectStatus().isOk().expectBody()
                .jsonPath("$.errors").doesNotExist().jsonPath("$.data.countries.nodes.length()").isEqualTo(100);
        post("{ countries(first: 101) { nodes { code } } }", Map.of()).expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("MAX_PAGE_SIZE_EXCEEDED");
    }

    @Test
    void aFilterNestedFiveLevelsIsAppliedAndSixRefused() {
        Map<String, Object> filter = Map.of("name", "Pablo Monroy");
        for (int level = 2; level <= 5; level++) {
            filter = Map.of("or", java.util.List.of(filter));
        }
        String query = "query($f: ActorFilter) { actors(filter: $f) { nodes { name } } }";
        post(query, Map.of("f", filter)).expectStatus().isOk().expectBody().jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.actors.nodes[*].name").isEqualTo(java.util.List.of("Pablo Monroy"));
        post(query, Map.of("f", Map.of("or", java.util.List.of(filter)))).expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("FILTER_TOO_DEEP");
    }
}
