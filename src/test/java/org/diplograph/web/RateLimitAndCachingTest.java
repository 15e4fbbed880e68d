package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.support.JsonPaths.at;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.diplograph.support.JsonPaths;
import org.diplograph.support.RawHttp;
import org.diplograph.support.Waiting;
import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-client point budgets as GitHub's API keeps them, and public reads that browsers and CDNs may cache: automatic
 * persisted queries (Apollo's protocol) sent by GET with their hash alone, answered with an ETag and
 * {@code Cache-Control: public}; everything authenticated or written stays {@code private, no-store}.
 */
@TestPropertySource(properties = {"diplograph.rate-limit.points=3000", "diplograph.rate-limit.window=1h",
        "diplograph.http.public-max-age=30s"})
class RateLimitAndCachingTest extends WriteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COSTLY = "{ actions(first: 100) { nodes { summary } } }";

    private Map<String, Object> post(String key, MediaType accept, Map<String, Object> body, HttpStatus expected) {
        EntityExchangeResult<byte[]> result = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .accept(accept).headers(headers -> {
                    if (key != null) {
                        headers.setBearerAuth(key);
                    }
                }).bodyValue(body).exchange().expectStatus().isEqualTo(expected).expectBody().returnResult();
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = JSON.readValue(result.getResponseBody(), Map.class);
        return parsed;
    }


    private static int number(Map<String, Object> response, String... path) {
        return (int) JsonPaths.number(response, path);
    }

    @Test
    void everyRequestSpendsItsCostAndReportsTheBudgetInRateLimitAndInExtensions() {
        Map<String, Object> first = post(WRITER_KEY, MediaType.APPLICATION_JSON,
                Map.of("query", "{ rateLimit { limit cost used remaining resetAt } }"), HttpStatus.OK);
        Map<String, Object> second = post(WRITER_KEY, MediaType.APPLICATION_JSON,
                Map.of("query", "{ rateLimit { limit cost used remaining resetAt } countries(first: 3) { nodes { code } } }"),
                HttpStatus.OK);

        assertThat(at(first, "data", "rateLimit", "limit")).isEqualTo(3000);
        assertThat(at(first, "data", "rateLimit", "cost")).as("the least a request costs").isEqualTo(1);
        int secondCost = number(second, "extensions", "cost", "requestedQueryCost");
        assertThat(at(second, "data", "rateLimit", "cost")).isEqualTo(secondCost);
        assertThat(number(second, "data", "rateLimit", "used"))
                .isEqualTo(number(first, "data", "rateLimit", "used") + secondCost);
        assertThat(number(second, "data", "rateLimit", "remaining"))
                .isEqualTo(3000 - number(second, "data", "rateLimit", "used"));
        assertThat(at(second, "extensions", "rateLimit", "remaining")).isEqualTo(at(second, "data", "rateLimit", "remaining"));
        assertThat(at(second, "extensions", "rateLimit", "resetAt").toString())
                .isEqualTo(at(first, "extensions", "rateLimit", "resetAt").toString());
    }

    @Test
    void aClientOverItsBudgetIsRefusedWithRateLimitedAndARetryTimeWhileOtherClientsGoOn() {
        Map<String, Object> answer;
        int spent = 0;
        do {
            answer = post(READER_KEY, MediaType.APPLICATION_JSON, Map.of("query", COSTLY), HttpStatus.OK);
            spent++;
        } while (answer.get("errors") == null && spent < 50);
        assertThat(at(answer, "errors", "0", "extensions", "code")).isEqualTo("RATE_LIMITED");
        assertThat(at(answer, "errors", "0", "extensions", "classification")).isEqualTo("RATE_LIMITED");
        assertThat(number(answer, "errors", "0", "extensions", "retryAfterSeconds")).isBetween(1, 3601);
        assertThat(at(answer, "errors", "0", "message").toString()).contains("retry in").doesNotContain("Exception");
        assertThat(answer.get("data")).isNull();

        // The GraphQL over HTTP media type lets the status say it, with a Retry-After a client library can act on.
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
                .headers(headers -> headers.setBearerAuth(READER_KEY)).bodyValue(Map.of("query", COSTLY)).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, value -> assertThat(Long.parseLong(value)).isPositive())
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("RATE_LIMITED");

        Map<String, Object> writer = post(WRITER_KEY, MediaType.APPLICATION_JSON, Map.of("query", "{ rateLimit { remaining } }"),
                HttpStatus.OK);
        assertThat(number(writer, "data", "rateLimit", "remaining")).as("another key's budget is its own").isPositive();
    }

    @Test
    void aSubscriptionOverWebSocketSpendsTheBudgetOfTheKeyItsHandshakePresented() throws Exception {
        String ask = "{ rateLimit { used } }";
        long before = number(post(WRITER_KEY, MediaType.APPLICATION_JSON, Map.of("query", ask), HttpStatus.OK),
                "data", "rateLimit", "used");
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder(URI.create("ws://127.0.0.1:" + port + "/graphql"),
                new ReactorNettyWebSocketClient()).header(HttpHeaders.AUTHORIZATION, "Bearer " + WRITER_KEY).build();
        Disposable subscription = client.document("subscription { factChanges { operation } }").executeSubscription()
                .subscribe();
        try {
            // Each check costs one point itself; anything spent beyond those checks is the subscription's.
            long[] checks = {0};
            Waiting.await(() -> {
                checks[0]++;
                long used = number(post(WRITER_KEY, MediaType.APPLICATION_JSON, Map.of("query", ask), HttpStatus.OK),
                        "data", "rateLimit", "used");
                return used - before - checks[0] >= 1;
            }, "the subscription is charged to the key its handshake presented");
        } finally {
            subscription.dispose();
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    private static String sha256(String document) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    private String extensionsParameter(String hash) {
        return JSON.writeValueAsString(persisted(hash));
    }

    @Test
    void aPersistedQueryIsRegisteredOnceThenServedByGetWithItsHashAnETagAnd304() throws Exception {
        String document = "{ country(code: \"PE\") { name } }";
        String hash = sha256(document);
        http.get().uri(uri -> uri.path("/graphql").queryParam("extensions", "{e}").build(extensionsParameter(hash)))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_FOUND");

        Map<String, Object> registered = post(null, MediaType.APPLICATION_JSON,
                Map.of("query", document, "extensions", persisted(hash)), HttpStatus.OK);
        assertThat(at(registered, "data", "country", "name")).isEqualTo("Peru");

        EntityExchangeResult<byte[]> byHash = http.get()
                .uri(uri -> uri.path("/graphql").queryParam("extensions", "{e}").build(extensionsParameter(hash)))
                .exchange().expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("public").contains("max-age=30"))
                .expectBody().jsonPath("$.data.country.name").isEqualTo("Peru").returnResult();
        String etag = byHash.getResponseHeaders().getETag();
        assertThat(etag).startsWith("\"");

        http.get().uri(uri -> uri.path("/graphql").queryParam("extensions", "{e}").build(extensionsParameter(hash)))
                .header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified().expectHeader().valueEquals(HttpHeaders.ETAG, etag)
                .expectBody().isEmpty();
    }

    @Test
    void authenticatedAnswersAndPostsStayPrivateAndAreNeverStored() {
        http.get().uri(uri -> uri.path("/graphql").queryParam("query", "{q}").build("{ country(code: \"MX\") { name } }"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + WRITER_KEY).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .expectHeader().doesNotExist(HttpHeaders.ETAG);
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ country(code: \"MX\") { name } }")).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    @Test
    void aWriteChangesThePublicAnswersETagSoARevalidatingClientSeesIt() throws Exception {
        String document = "{ actors(first: 100) { totalCount } }";
        String hash = sha256(document);
        post(null, MediaType.APPLICATION_JSON, Map.of("query", document, "extensions", persisted(hash)), HttpStatus.OK);
        String before = http.get().uri(uri -> uri.path("/graphql").queryParam("extensions", "{e}").build(extensionsParameter(hash)))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseHeaders().getETag();

        writer.documentName("recordActor").variable("input", Map.of("slug", "cache-probe-actor", "name", "Dina Boluarte",
                "kind", "PERSON", "description", "an actor that changes the count", "country", "PE",
                "firstMention", sentenceId(3))).execute()
                .path("recordActor.userErrors").entityList(Object.class).hasSize(0);

        http.get().uri(uri -> uri.path("/graphql").queryParam("extensions", "{e}").build(extensionsParameter(hash)))
                .header(HttpHeaders.IF_NONE_MATCH, before).exchange()
                .expectStatus().isOk().expectHeader().value(HttpHeaders.ETAG, etag -> assertThat(etag).isNotEqualTo(before));
    }

    @Test
    void aPersistedQueryWhoseHashIsNotItsDocumentsIsRefusedAndNotRegistered() throws Exception {
        String wrong = sha256("{ something else }");
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ __typename }", "extensions", persisted(wrong))).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
        http.get().uri(uri -> uri.path("/graphql").queryParam("extensions", "{e}").build(extensionsParameter(wrong)))
                .exchange().expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_FOUND");
    }

    @Test
    void aPersistedMutationIsNeverRunByGet() throws Exception {
        String mutation = "mutation { retractFact(input: {id: \"x\", expectedVersion: 1, reason: \"r\"}) { userErrors { code } } }";
        String hash = sha256(mutation);
        post(WRITER_KEY, MediaType.APPLICATION_JSON, Map.of("query", mutation, "extensions", persisted(hash)), HttpStatus.OK);
        http.get().uri(uri -> uri.path("/graphql").queryParam("extensions", "{e}").build(extensionsParameter(hash)))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + WRITER_KEY).exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    }

    /** What an anonymous client at this loopback address has spent in its window, asked from that address. */
    private long spentBy(String address) throws Exception {
        RawHttp.Response answer = RawHttp.send(address, port, "POST", "/graphql",
                Map.of("Content-Type", "application/json"), "{\"query\": \"{ rateLimit { used } }\"}");
        return number(JSON.readValue(answer.body(), Map.class), "data", "rateLimit", "used");
    }

    @Test
    void anAnswerAboutTheCallersBudgetIsNeverPublicAndAPublicAnswerCarriesNoCallersBudget() throws Exception {
        http.get().uri(uri -> uri.path("/graphql").queryParam("query", "{q}").build("{ rateLimit { used remaining } }"))
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .expectHeader().doesNotExist(HttpHeaders.ETAG);

        String document = "{ country(code: \"CL\") { name } }";
        String hash = sha256(document);
        post(null, MediaType.APPLICATION_JSON, Map.of("query", document, "extensions", persisted(hash)), HttpStatus.OK);
        http.get().uri(uri -> uri.path("/graphql").queryParam("extensions", "{e}").build(extensionsParameter(hash)))
                .exchange().expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("public"))
                .expectBody()
                .jsonPath("$.data.country.name").isEqualTo("Chile")
                .jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(1)
                .jsonPath("$.extensions.rateLimit").doesNotExist();
    }

    @Test
    void refusedRequestsAreChargedAtLeastOnePointEach() throws Exception {
        String client = "127.0.0.3";
        long before = spentBy(client);
        Map<String, String> json = Map.of("Content-Type", "application/json");
        // A syntax error, a validation error, a query over the cost limit, a body that is not JSON, a wrong API key.
        assertThat(RawHttp.send(client, port, "POST", "/graphql", json, "{\"query\": \"{ countries\"}").body())
                .contains("GRAPHQL_PARSE_FAILED");
        assertThat(RawHttp.send(client, port, "POST", "/graphql", json, "{\"query\": \"{ nothingHere }\"}").body())
                .contains("GRAPHQL_VALIDATION_FAILED");
        assertThat(RawHttp.send(client, port, "POST", "/graphql", json,
                "{\"query\": \"{ a: actions(first: 100) { nodes { evidence { actions { summary } } } } }\"}").body())
                .contains("MAX_COST_EXCEEDED");
        assertThat(RawHttp.send(client, port, "POST", "/graphql", json, "{not json").status()).isEqualTo(400);
        assertThat(RawHttp.send(client, port, "POST", "/graphql", Map.of("Content-Type", "application/json",
                "Authorization", "Bearer not-a-key-of-this-server-0123456789"), "{\"query\": \"{ __typename }\"}").status())
                .isEqualTo(401);

        // The second look at the budget costs one point itself.
        assertThat(spentBy(client)).isGreaterThanOrEqualTo(before + 1 + 5);
    }

    @Test
    void aClientThatHasSpentItsBudgetIsToldSoEvenWhenItsKeyIsWrong() throws Exception {
        String client = "127.0.0.4";
        Map<String, String> json = Map.of("Content-Type", "application/json");
        String costly = "{\"query\": \"{ actions(first: 100) { nodes { summary } } }\"}";
        int sent = 0;
        while (!RawHttp.send(client, port, "POST", "/graphql", json, costly).body().contains("RATE_LIMITED") && sent++ < 100) {
            // spending the address's budget, a hundred points at a time
        }
        String cheapest = "{\"query\": \"{ __typename }\"}";
        while (!RawHttp.send(client, port, "POST", "/graphql", json, cheapest).body().contains("RATE_LIMITED") && sent++ < 300) {
            // and its last points, one at a time
        }
        RawHttp.Response guess = RawHttp.send(client, port, "POST", "/graphql", Map.of("Content-Type", "application/json",
                "Authorization", "Bearer guessed-key-0123456789-0123456789-0"), "{\"query\": \"{ __typename }\"}");
        assertThat(guess.status()).isEqualTo(429);
        assertThat(guess.headers()).containsKey("retry-after");
        assertThat(guess.body()).contains("RATE_LIMITED").doesNotContain("not valid");
        RawHttp.Response malformed = RawHttp.send(client, port, "POST", "/graphql", json, "{not json");
        assertThat(malformed.status()).isEqualTo(429);
    }

    @Test
    void aDocumentIsRegisteredOnlyOnceItParsesValidatesAndFitsItsLimitsAndRegisteringIsCharged() throws Exception {
        for (String hostile : List.of("{ countries { nodes { code }", "{ noSuchField }",
                "{ actions(first: 100) { nodes { evidence { actions { evidence { summary } } } } } }")) {
            String hash = sha256(hostile);
            Map<String, Object> refused = post(WRITER_KEY, MediaType.APPLICATION_JSON,
                    Map.of("query", hostile, "extensions", persisted(hash)), HttpStatus.OK);
            assertThat(refused.get("data")).isNull();
            http.get().uri(uri -> uri.path("/graphql").queryParam("extensions", "{e}").build(extensionsParameter(hash)))
                    .exchange().expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        }
        String valid = "{ country(code: \"BO\") { name } }";
        Map<String, Object> registered = post(WRITER_KEY, MediaType.APPLICATION_JSON,
                Map.of("query", valid, "extensions", persisted(sha256(valid))), HttpStatus.OK);
        assertThat(at(registered, "extensions", "rateLimit", "cost")).as("the query's cost and the registration's")
                .isEqualTo(1 + 10);
        Map<String, Object> again = post(WRITER_KEY, MediaType.APPLICATION_JSON, Map.of("query", valid), HttpStatus.OK);
        assertThat(at(again, "extensions", "rateLimit", "cost")).isEqualTo(1);
    }
}
