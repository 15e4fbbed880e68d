package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.diplograph.support.RawHttp;
import org.diplograph.support.WriteTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import org.diplograph.support.DatabaseIndependent;

/**
 * Every way a request can fail, from the servlet container's parser to a resolver, answers in the one documented
 * shape: a JSON body of GraphQL errors, each with a classification from the documented set and a specific code. The
 * cases below are the failure paths there are: graphql-java's own checks (syntax, validation, introspection guards),
 * this API's limits and argument checks, authorization, the HTTP endpoint's refusals and the container's.
 */
@DatabaseIndependent
class ErrorContractTest extends WriteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> CLASSIFICATIONS = Set.of("BAD_REQUEST", "NOT_FOUND", "UNAUTHORIZED", "FORBIDDEN",
            "RATE_LIMITED", "SERVICE_UNAVAILABLE", "INTERNAL_ERROR");
    private static final String JSON_TYPE = "application/json";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    /** A request as bytes on the wire, and the status and code it must be answered with. */
    record Failure(String name, byte[] request, int status, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Failure raw(String name, String request, int status, String code) {
        return new Failure(name, request.getBytes(StandardCharsets.ISO_8859_1), status, code);
    }

    private static Failure post(String name, String contentType, String accept, String body, Map<String, String> headers,
                                int status, String code) {
        StringBuilder head = new StringBuilder("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("Accept: ").append(accept).append("\r\n");
        headers.forEach((key, value) -> head.append(key).append(": ").append(value).append("\r\n"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        head.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + bytes.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(bytes, 0, all, start.length, bytes.length);
        return new Failure(name, all, status, code);
    }

    private static Failure graphQl(String name, String query, int status, String code) {
        return post(name, JSON_TYPE, GRAPHQL_RESPONSE, JSON.writeValueAsString(Map.of("query", query)), Map.of(), status, code);
    }

    private static Failure get(String name, String target, Map<String, String> headers, int status, String code) {
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        headers.forEach((key, value) -> request.append(key).append(": ").append(value).append("\r\n"));
        return raw(name, request.append("Connection: close\r\n\r\n").toString(), status, code);
    }

    static Stream<Failure> failures() {
        return Stream.of(
                // graphql-java's own checks
                graphQl("syntax error", "{ countries { nodes { code }", 400, "GRAPHQL_PARSE_FAILED"),
                graphQl("unknown field", "{ countries { nodes { population } } }", 400, "GRAPHQL_VALIDATION_FAILED"),
                graphQl("introspection asked twice over (bad faith)", "{ a: __type(name: \"Query\") { name } "
                        + "b: __type(name: \"Actor\") { name } }", 400, "INTROSPECTION_TOO_LARGE"),
                graphQl("impossible date", "{ actions(filter: {occurred: {from: \"2022-02-30\"}}) { totalCount } }", 400,
                        "INVALID_DATE"),
                // this API's limits and checks
                graphQl("over the cost limit", "{ actions(first: 100) { nodes { evidence { actions { evidence { number } } } } } }",
                        400, "MAX_COST_EXCEEDED"),
                graphQl("NUL in the document", "{ actor(slug: \"a\\u0000b\") { name } }", 400, "INVALID_CHARACTER"),
                graphQl("an id nothing has", "{ node(id: \"QWN0b3I6OTk5\") { id } }", 200, "NOT_FOUND"),
                graphQl("a malformed argument", "{ country(code: \"peru\") { name } }", 200, "INVALID_COUNTRY_CODE"),
                graphQl("a subscription as one JSON answer", "subscription { factChanges { operation } }", 400,
                        "SUBSCRIPTION_NEEDS_STREAM"),
                graphQl("a mutation without a key", "mutation { retractFact(input: {id: \"QWN0b3I6MQ\", expectedVersion: 1, "
                        + "reason: \"r\"}) { userErrors { code } } }", 200, "UNAUTHORIZED"),
                post("a mutation with a read-only key", JSON_TYPE, GRAPHQL_RESPONSE, JSON.writeValueAsString(Map.of("query",
                        "mutation { retractFact(input: {id: \"QWN0b3I6MQ\", expectedVersion: 1, reason: \"r\"}) "
                                + "{ userErrors { code } } }")), Map.of("Authorization", "Bearer " + READER_KEY), 200, "FORBIDDEN"),
                post("a key that is not valid", JSON_TYPE, GRAPHQL_RESPONSE, "{\"query\": \"{ __typename }\"}",
                        Map.of("Authorization", "Bearer not-a-key-of-this-server-at-all-000"), 401, "UNAUTHORIZED"),
                // the HTTP endpoint's refusals
                get("a mutation by GET", "/graphql?query=mutation%7B__typename%7D", Map.of(), 405, "METHOD_NOT_ALLOWED"),
                raw("PUT", "PUT /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", 405,
                        "METHOD_NOT_ALLOWED"),
                post("another content type", "text/plain", GRAPHQL_RESPONSE, "{ __typename }", Map.of(), 415,
                        "UNSUPPORTED_MEDIA_TYPE"),
                post("an Accept allowing no JSON", JSON_TYPE, "image/png", "{\"query\": \"{ __typename }\"}", Map.of(), 406,
                        "NOT_ACCEPTABLE"),
                post("malformed JSON", JSON_TYPE, GRAPHQL_RESPONSE, "{\"query\": ", Map.of(), 400, "MALFORMED_JSON"),
                post("a batch", JSON_TYPE, GRAPHQL_RESPONSE, "[{\"query\": \"{ __typename }\"}]", Map.of(), 400,
                        "BATCHING_NOT_SUPPORTED"),
                post("an empty body", JSON_TYPE, GRAPHQL_RESPONSE, "", Map.of(), 400, "INVALID_REQUEST"),
                post("a body over the limit", JSON_TYPE, GRAPHQL_RESPONSE, "{\"query\": \"" + "x".repeat(1_100_000) + "\"}",
                        Map.of(), 413, "MAX_REQUEST_SIZE_EXCEEDED"),
                // the container's, before any application code runs
                get("a path that serves nothing", "/nothing-here", Map.of(), 404, "NOT_FOUND"),
                get("/error asked for", "/error", Map.of(), 404, "NOT_FOUND"),
                get("metrics without a key", "/actuator/metrics", Map.of(), 401, "UNAUTHORIZED"),
                raw("TRACE", "TRACE /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 405, "METHOD_NOT_ALLOWED"),
                get("headers larger than the server takes", "/graphql?query=%7B__typename%7D",
                        Map.of("X-Padding", "a".repeat(20_000)), 400, "INVALID_REQUEST"),
                raw("a request line that is not HTTP", "GARBAGE\r\n\r\n", 400, "INVALID_REQUEST"),
                raw("a header line without a colon", "GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n"
                        + "Connection: close\r\n\r\n", 400, "INVALID_REQUEST"),
                get("a path that is not UTF-8", "/%FF%FE", Map.of(), 400, "INVALID_REQUEST"),
                get("a character a path may not hold", "/gra{ph", Map.of(), 400, "INVALID_REQUEST"),
                get("a query string that is not UTF-8", "/graphql?query=%FF%FE", Map.of(), 400, "INVALID_REQUEST"),
                get("a malformed escape in the query string", "/graphql?query=%ZZ", Map.of(), 400, "INVALID_REQUEST"),
                raw("an expectation the server cannot meet", "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Expect: 200-ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", 417, "INVALID_REQUEST"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void isAnsweredAsJsonWithAClassificationAndACode(Failure failure) throws Exception {
        RawHttp.Response answer;
        try (Socket socket = RawHttp.connect("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(failure.request());
            out.flush();
            answer = RawHttp.read(socket.getInputStream());
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(failure.status());
        assertThat(answer.headers().get("content-type")).as(answer.body()).startsWith("application/");
        Map<?, ?> body = JSON.readValue(answer.body(), Map.class);
        List<?> errors = (List<?>) body.get("errors");
        assertThat(errors).as(answer.body()).isNotEmpty();
        for (Object error : errors) {
            Map<?, ?> extensions = (Map<?, ?>) ((Map<?, ?>) error).get("extensions");
            assertThat(extensions).as(answer.body()).isNotNull();
            assertThat(CLASSIFICATIONS).as(answer.body()).contains((String) extensions.get("classification"));
            assertThat((String) extensions.get("code")).as(answer.body()).isEqualTo(failure.code());
            assertThat((String) ((Map<?, ?>) error).get("message")).isNotBlank().doesNotContain("Exception");
        }
    }
}
