package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.diplograph.support.DatabaseIndependent;

/**
 * /graphql follows the GraphQL over HTTP specification: queries by GET or POST, mutations by POST only, both response
 * media types, and a 4xx with a GraphQL-shaped error for every request it cannot take.
 */
@DatabaseIndependent
@TestPropertySource(properties = "spring.graphql.cors.allowed-origins=https://app.example.org")
class GraphQlOverHttpTest extends WriteTest {

    @Test
    void browsersFromAnAllowedOriginMayCallTheApi() {
        http.options().uri("/graphql").header("Origin", "https://app.example.org")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "Content-Type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://app.example.org");
        http.post().uri("/graphql").header("Origin", "https://app.example.org").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\": \"{ __typename }\"}").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://app.example.org");
    }

    @Test
    void browsersFromAnyOtherOriginAreRefused() {
        http.options().uri("/graphql").header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "POST").exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
        http.post().uri("/graphql").header("Origin", "https://evil.example.com").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\": \"{ __typename }\"}").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void pathsThatServeNothingAnswer404AsAGraphQlError() {
        for (String path : java.util.List.of("/error", "/no-such-page", "/graphql/nothing-here")) {
            http.get().uri(path).exchange().expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                    .expectBody()
                    .jsonPath("$.errors[0].extensions.code").isEqualTo("NOT_FOUND")
                    .jsonPath("$.errors[0].extensions.classification").isEqualTo("NOT_FOUND")
                    .jsonPath("$.errors[0].message").value(message -> org.assertj.core.api.Assertions
                            .assertThat((String) message).contains("/graphql"));
        }
    }

    @Test
    void anEndpointThatNeedsAKeySaysSoToAClientThatSentNone() {
        http.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized().expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHORIZED")
                .jsonPath("$.errors[0].message").value(message -> org.assertj.core.api.Assertions
                        .assertThat((String) message).contains("needs an API key").doesNotContain("not valid"));
        http.get().uri("/actuator/metrics").header("X-API-Key", "a-key-this-server-does-not-know-000000").exchange()
                .expectStatus().isUnauthorized().expectBody()
                .jsonPath("$.errors[0].message").isEqualTo("The API key is not valid.");
    }

    @Test
    void theSchemaIsPrintedWhileIntrospectionIsOn() {
        http.get().uri("/graphql/schema").exchange().expectStatus().isOk()
                .expectBody(String.class).value(sdl -> org.assertj.core.api.Assertions.assertThat(sdl).contains("type Query"));
    }

    @Test
    void aQueryCanBeSentWithGet() {
        http.get().uri(uri -> uri.path("/graphql").queryParam("query", "{q}").build("{ countries(first: 2) { nodes { code } } }"))
                .accept(MediaType.APPLICATION_GRAPHQL_RESPONSE).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_GRAPHQL_RESPONSE)
                .expectBody().jsonPath("$.data.countries.nodes.length()").isEqualTo(2);
    }

    @Test
    void getTakesVariablesAndOperationNameAsUrlParameters() {
        http.get().uri(uri -> uri.path("/graphql")
                        .queryParam("query", "{q}").queryParam("variables", "{v}").queryParam("operationName", "Named")
                        .build("query Other { __typename } query Named($code: String!) { country(code: $code) { name } }",
                                "{\"code\":\"PE\"}"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.data.country.name").isEqualTo("Peru");
    }

    @Test
    void aMutationSentWithGetIsRefusedWith405AndChangesNothing() {
        Map<String, Object> input = Map.of("slug", "retract-me-by-get", "kind", "PERSON", "name", "Not Retracted",
                "description", "Retracted only by a POST", "firstMention", sentenceId(3), "aliases", List.of());
        String id = writer.document("mutation($input: RecordActorInput!) { recordActor(input: $input) { actor { id } } }")
                .variable("input", input).execute().path("recordActor.actor.id").entity(String.class).get();
        String versionQuery = "{ actor(slug: \"retract-me-by-get\") { version } }";
        int version = graphQl.document(versionQuery).execute().path("actor.version").entity(Integer.class).get();
        Map<String, String> before = fingerprint();
        http.get().uri(uri -> uri.path("/graphql").queryParam("query", "{q}").queryParam("variables", "{v}")
                        .build("mutation($id: ID!, $v: Int!) { retractFact(input: {id: $id, expectedVersion: $v, "
                                + "reason: \"sent by GET\"}) { userErrors { code } } }",
                                "{\"id\": \"" + id + "\", \"v\": " + version + "}"))
                .header("Authorization", "Bearer " + WRITER_KEY).exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().valueEquals("Allow", "POST")
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(fingerprint()).isEqualTo(before);
        graphQl.document(versionQuery).execute().path("actor.version").entity(Integer.class).isEqualTo(version);
        writer.document("mutation($id: ID!, $v: Int!) { retractFact(input: {id: $id, expectedVersion: $v, reason: \"by POST\"}) "
                        + "{ userErrors { code } } }").variable("id", id).variable("v", version).execute()
                .path("retractFact.userErrors").entityList(Object.class).hasSize(0);
        assertThat(fingerprint()).as("the same id and version retract by POST").isNotEqualTo(before);
    }

    @Test
    void otherMethodsAreRefusedWith405NamingTheAllowedOnes() {
        for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
            http.method(method).uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\":\"{__typename}\"}")
                    .exchange()
                    .expectStatus().isEqualTo(405)
                    .expectHeader().value("Allow", allow -> assertThat(allow).contains("GET").contains("POST"))
                    .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("METHOD_NOT_ALLOWED");
        }
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith415() {
        http.post().uri("/graphql").contentType(MediaType.TEXT_PLAIN).bodyValue("{ __typename }").exchange()
                .expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void malformedJsonIsRefusedWith400SayingWhere() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\": \"{ __typename }\"").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("MALFORMED_JSON")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("line 1"));
    }

    @Test
    void aRequestWithoutAQueryStringIsRefusedWith400() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"variables\": {}}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("INVALID_REQUEST");
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\": \"{ __typename }\", \"variables\": [1]}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("'variables'"));
    }

    @Test
    void jsonArrayBatchesAreRefused() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BATCHING_NOT_SUPPORTED");
    }

    @Test
    void aClientAcceptingNeitherJsonTypeGets406() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_HTML)
                .bodyValue("{\"query\": \"{ __typename }\"}").exchange()
                .expectStatus().isEqualTo(406);
    }

    /** A JSON body of exactly this many bytes (ASCII), padded in a variable the query does not use. */
    private static String bodyOf(int bytes) {
        String head = "{\"query\": \"{ __typename }\", \"variables\": {\"pad\": \"";
        String tail = "\"}}";
        return head + "x".repeat(bytes - head.length() - tail.length()) + tail;
    }

    @Test
    void aBodyOfTheSizeLimitIsAnsweredAndOneByteMoreIsRefusedWith413() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(bodyOf(1_048_576)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.data.__typename").isEqualTo("Query");
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(bodyOf(1_048_577)).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("MAX_REQUEST_SIZE_EXCEEDED");
    }

    @Test
    void anInvalidDocumentIs400UnderTheGraphQlResponseTypeAnd200UnderLegacyJson() {
        String body = "{\"query\": \"{ countries { nodes { population } } }\"}";
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
                .bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_GRAPHQL_RESPONSE);
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void aMutationByPostWritesAndItsWriteIsReadBack() {
        Map<String, Object> input = Map.of("slug", "http-post-writer", "kind", "PERSON", "name", "Posted Person",
                "description", "Recorded through a JSON POST", "firstMention", sentenceId(3), "aliases", List.of());
        String id = writer.document("mutation($input: RecordActorInput!) { recordActor(input: $input) { actor { id } "
                        + "userErrors { code } } }").variable("input", input).execute()
                .path("recordActor.userErrors").entityList(Object.class).hasSize(0)
                .path("recordActor.actor.id").entity(String.class).get();
        graphQl.document("{ actor(slug: \"http-post-writer\") { id name description } }").execute()
                .path("actor.id").entity(String.class).isEqualTo(id)
                .path("actor.name").entity(String.class).isEqualTo("Posted Person")
                .path("actor.description").entity(String.class).isEqualTo("Recorded through a JSON POST");
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndOnlyAnAnonymousGetMayBeCached() {
        http.get().uri("/graphql?query={query}", "{ __typename }").exchange()
                .expectHeader().valueEquals("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().value("Cache-Control", cache -> assertThat(cache).startsWith("max-age=").contains("public"));
        List<WebTestClient.ResponseSpec> responses = List.of(
                http.get().uri("/graphiql").exchange(),
                http.get().uri("/graphql?query={query}", "{ __typename }").header("Authorization", "Bearer " + WRITER_KEY)
                        .exchange(),
                http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\": \"{ __typename }\"}")
                        .exchange(),
                http.post().uri("/graphql").contentType(MediaType.TEXT_PLAIN).bodyValue("{ __typename }").exchange());
        for (WebTestClient.ResponseSpec response : responses) {
            response.expectHeader().valueEquals("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY)
                    .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader().valueEquals("X-Frame-Options", "DENY")
                    .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                    .expectHeader().valueEquals("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY)
                    .expectHeader().value("Cache-Control", cache -> assertThat(cache).contains("no-store"));
        }
    }

    @Test
    void aSubscriptionSentAsAPlainJsonPostIsRefusedNamingTheStreamingTransports() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
                .bodyValue("{\"query\": \"subscription { factChanges { operation } }\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("SUBSCRIPTION_NEEDS_STREAM")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains("WebSocket").contains("text/event-stream"))
                .jsonPath("$.data").doesNotExist();
    }

    @Test
    void aQueryOverServerSentEventsIsAnsweredAsOneEventThenComplete() {
        String body = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_EVENT_STREAM)
                .bodyValue("{\"query\": \"{ country(code: \\\"MX\\\") { name } }\"}").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        assertThat(body.replace(" ", "")).containsSubsequence("event:next", "\"data\":{\"country\":{\"name\":\"Mexico\"}}",
                "event:complete");
    }

    @Test
    void healthProbesArePublicAndSayNothingButTheStatus() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist()
                .jsonPath("$.details").doesNotExist();
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        http.get().uri("/actuator/env").header("Authorization", "Bearer " + READER_KEY).exchange().expectStatus().isNotFound();
    }

    @Test
    void metricsNeedAKeyAndIncludeGraphQlRequestTimings() {
        graphQl.document("{ __typename }").execute();
        http.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        http.get().uri("/actuator/metrics/graphql.request").header("Authorization", "Bearer " + READER_KEY).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.measurements[?(@.statistic == 'COUNT')].value")
                .value(counts -> assertThat(((List<?>) counts).get(0)).isNotEqualTo(0.0));
    }
}
