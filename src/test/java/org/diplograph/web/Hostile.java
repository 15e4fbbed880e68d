package org.diplograph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * One hostile HTTP request and the answer it must get.
 *
 * @param expectedStatus the HTTP status the request must get
 * @param expectedCode   the code every error must carry, or null when the request is answered with data alone
 * @param expectedData   the exact {@code data} of the answer, as JSON ("null" when there is none); with no code it
 *                       may instead be a plain query (starting with "query") whose answer the hostile one must equal
 */
record Hostile(String name, String method, String path, String contentType, String accept, byte[] body,
               Map<String, String> headers, int expectedStatus, String expectedCode, String expectedData) {

    static final String JSON_ACCEPT = "application/graphql-response+json";
    static final String EVENT_STREAM = "text/event-stream";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Codes of refusals made at the HTTP edge, before any GraphQL runs: every transport answers them alike. */
    private static final Set<String> EDGE_CODES = Set.of("MAX_REQUEST_SIZE_EXCEEDED", "MALFORMED_JSON", "INVALID_REQUEST",
            "BATCHING_NOT_SUPPORTED", "UNSUPPORTED_MEDIA_TYPE", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE",
            "PERSISTED_QUERY_NOT_SUPPORTED", "PERSISTED_QUERY_HASH_MISMATCH", "PERSISTED_QUERY_NOT_FOUND");

    @Override
    public String toString() {
        return name;
    }

    /** The same request, answered with exactly this data (and, if it has a code, errors with that code). */
    Hostile answering(String data) {
        return new Hostile(name, method, path, contentType, accept, body, headers, expectedStatus, expectedCode, data);
    }

    private boolean isJsonPost() {
        return "POST".equals(method) && "application/json".equals(contentType) && JSON_ACCEPT.equals(accept);
    }

    /**
     * The request through every HTTP transport that can carry it: as built (mostly JSON POST), again as a
     * Server-Sent Events POST, and, for queries small enough for a URL, as GET.
     */
    List<Hostile> throughEveryTransport() {
        if (!isJsonPost()) {
            return List.of(this);
        }
        List<Hostile> all = new java.util.ArrayList<>(List.of(this));
        if (!"SUBSCRIPTION_NEEDS_STREAM".equals(expectedCode)) {
            all.add(asEventStream());
        }
        Hostile get = asGet();
        if (get != null) {
            all.add(get);
        }
        return all;
    }

    /**
     * The same request accepting only an event stream. A refusal at the HTTP edge is the same JSON answer with the
     * same status; anything GraphQL answers arrives as one event, on a 200 stream.
     */
    private Hostile asEventStream() {
        boolean edge = expectedCode != null && (EDGE_CODES.contains(expectedCode) || expectedStatus == 401);
        return new Hostile(name + " (SSE)", method, path, contentType, EVENT_STREAM, body, headers,
                edge ? expectedStatus : 200, expectedCode, edge ? null : expectedData);
    }

    /** The same query sent by GET, or null when it is not a query a URL can carry. */
    private Hostile asGet() {
        Map<?, ?> request;
        try {
            request = JSON.readValue(body, Map.class);
        } catch (RuntimeException notAnObject) {
            return null;
        }
        if (request == null || !(request.get("query") instanceof String query) || query.startsWith("mutation")
                || query.startsWith("subscription")
                || request.keySet().stream().anyMatch(key -> !Set.of("query", "variables", "operationName").contains(key))) {
            return null;
        }
        StringBuilder url = new StringBuilder("query=").append(encode(query));
        if (request.get("variables") != null) {
            url.append("&variables=").append(encode(JSON.writeValueAsString(request.get("variables"))));
        }
        if (request.get("operationName") instanceof String operationName) {
            url.append("&operationName=").append(encode(operationName));
        } else if (request.containsKey("operationName")) {
            return null;
        }
        if (url.length() > 6_000) {
            return null;
        }
        return new Hostile(name + " (GET)", "GET", "/graphql?" + url, null, JSON_ACCEPT, null, headers, expectedStatus,
                expectedCode, expectedData);
    }

    static Hostile query(String name, String query, int status, String code) {
        return withVariables(name, query, null, status, code);
    }

    static Hostile operation(String name, String query, String operationName, int status, String code) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", query);
        request.put("operationName", operationName);
        return rawBytes(name, "POST", "application/json", JSON.writeValueAsBytes(request), status, code);
    }

    static Hostile withVariables(String name, String query, Map<String, Object> variables, int status, String code) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", query);
        if (variables != null) {
            request.put("variables", variables);
        }
        return rawBytes(name, "POST", "application/json", JSON.writeValueAsBytes(request), status, code);
    }

    /** The request as a Server-Sent Events client sends it. */
    Hostile streamed() {
        return new Hostile(name, method, path, contentType, EVENT_STREAM, body, headers, expectedStatus, expectedCode,
                expectedData);
    }

    Hostile withHeaders(Map<String, String> newHeaders) {
        return new Hostile(name, method, path, contentType, accept, body, newHeaders, expectedStatus, expectedCode,
                expectedData);
    }

    Hostile accepting(String mediaTypes) {
        return new Hostile(name, method, path, contentType, mediaTypes, body, headers, expectedStatus, expectedCode,
                expectedData);
    }

    static Hostile raw(String name, String method, String contentType, String body, int status, String code) {
        return rawBytes(name, method, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), status,
                code);
    }

    static Hostile rawBytes(String name, String method, String contentType, byte[] body, int status, String code) {
        return new Hostile(name, method, "/graphql", contentType, JSON_ACCEPT, body, Map.of(), status, code, null);
    }

    static Hostile get(String name, String queryString, int status, String code) {
        return new Hostile(name, "GET", "/graphql?" + queryString, null, JSON_ACCEPT, null, Map.of(), status, code, null);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
