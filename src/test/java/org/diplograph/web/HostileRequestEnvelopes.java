package org.diplograph.web;

import static org.diplograph.web.Hostile.encode;
import static org.diplograph.web.Hostile.get;
import static org.diplograph.web.Hostile.query;
import static org.diplograph.web.Hostile.raw;
import static org.diplograph.web.Hostile.withVariables;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of {@link HostileCatalogue} aimed at the request rather than the document: malformed JSON and request
 * parameters, persisted-query extensions, methods, content types, Accept headers and subscriptions sent over a
 * transport that cannot carry them.
 */
final class HostileRequestEnvelopes {

    private HostileRequestEnvelopes() {
    }

    static List<Hostile> requests() {
        List<Hostile> cases = new ArrayList<>();
        // Malformed JSON and request parameters
        cases.add(raw("truncated JSON", "POST", "application/json", "{\"query\": \"{ countries", 400, "MALFORMED_JSON"));
        cases.add(raw("empty body", "POST", "application/json", "", 400, "INVALID_REQUEST"));
        cases.add(raw("JSON null", "POST", "application/json", "null", 400, "INVALID_REQUEST"));
        cases.add(raw("JSON string", "POST", "application/json", "\"{ __typename }\"", 400, "INVALID_REQUEST"));
        cases.add(raw("query that is a number", "POST", "application/json", "{\"query\": 42}", 400, "INVALID_REQUEST"));
        cases.add(raw("variables that are a string", "POST", "application/json",
                "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}", 400, "INVALID_REQUEST"));
        cases.add(raw("operation name that is a number", "POST", "application/json",
                "{\"query\": \"{ __typename }\", \"operationName\": 7}", 400, "INVALID_REQUEST"));
        cases.add(raw("unknown request parameter", "POST", "application/json",
                "{\"query\": \"{ __typename }\", \"__proto__\": {\"admin\": true}}", 400, "INVALID_REQUEST"));
        cases.add(raw("trailing garbage after the JSON", "POST", "application/json", "{\"query\": \"{ __typename }\"} xyz", 400,
                "MALFORMED_JSON"));
        cases.add(raw("syntax error in the document", "POST", "application/json", "{\"query\": \"{ countries( }\"}", 400,
                "GRAPHQL_PARSE_FAILED"));
        // Automatic persisted queries: a malformed or lying extension is refused and registers nothing
        cases.add(raw("persisted query that is not an object", "POST", "application/json",
                "{\"query\": \"{ __typename }\", \"extensions\": {\"persistedQuery\": \"x\"}}", 400, "INVALID_REQUEST"));
        cases.add(raw("persisted query hash that is not SHA-256 hex", "POST", "application/json",
                "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"' OR 1=1 --\"}}}", 400,
                "INVALID_REQUEST"));
        cases.add(raw("persisted query of an unknown version", "POST", "application/json",
                "{\"extensions\": {\"persistedQuery\": {\"version\": 2, \"sha256Hash\": \"" + "ab".repeat(32) + "\"}}}",
                400, "PERSISTED_QUERY_NOT_SUPPORTED"));
        cases.add(raw("persisted query whose hash is not its document's", "POST", "application/json",
                "{\"query\": \"{ __typename }\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \""
                        + "ab".repeat(32) + "\"}}}", 400, "PERSISTED_QUERY_HASH_MISMATCH"));
        cases.add(get("persisted query by an unknown hash", "extensions=" + encode("{\"persistedQuery\": {\"version\": 1, "
                + "\"sha256Hash\": \"" + "cd".repeat(32) + "\"}}"), 200, "PERSISTED_QUERY_NOT_FOUND"));
        cases.add(streamed(query("subscription over SSE resuming after a forged cursor",
                "subscription { factChanges(after: \"cmV2aXNpb258eA\") { operation } }", 200, "INVALID_CURSOR")));
        // Methods, content types and Accept
        cases.add(get("mutation by GET", "query=" + encode("mutation { retractFact(input: {id: \"x\", expectedVersion: 1, reason: \"r\"}) "
                + "{ userErrors { code } } }"), 405, "METHOD_NOT_ALLOWED"));
        cases.add(get("mutation chosen by operationName on GET", "query=" + encode("query A { __typename } mutation B { "
                + "retractFact(input: {id: \"x\", expectedVersion: 1, reason: \"r\"}) { userErrors { code } } }") + "&operationName=B",
                405, "METHOD_NOT_ALLOWED"));
        // Subscriptions need a transport that streams; over SSE they pass the same checks as every other request
        String subscription = "subscription($c: [String!]) { factChanges(countries: $c) { operation } }";
        cases.add(withVariables("subscription by a plain JSON POST", subscription, Map.of("c", List.of("MX")), 400,
                "SUBSCRIPTION_NEEDS_STREAM"));
        cases.add(streamed(withVariables("subscription over SSE with 2 MB of variables", subscription,
                Map.of("c", List.of("z".repeat(2_000_000))), 413, "MAX_REQUEST_SIZE_EXCEEDED")));
        cases.add(streamed(raw("subscription over SSE as a JSON array batch", "POST", "application/json",
                "[{\"query\": \"subscription { factChanges { operation } }\"}]", 400, "BATCHING_NOT_SUPPORTED")));
        cases.add(streamed(raw("subscription over SSE with an unknown request parameter", "POST", "application/json",
                "{\"query\": \"subscription { factChanges { operation } }\", \"admin\": true}", 400, "INVALID_REQUEST")));
        cases.add(streamed(raw("subscription over SSE as text/plain", "POST", "text/plain",
                "subscription { factChanges { operation } }", 415, "UNSUPPORTED_MEDIA_TYPE")));
        cases.add(streamed(withVariables("subscription over SSE with NUL in a variable", subscription,
                Map.of("c", List.of("M\u0000X")), 200, "INVALID_CHARACTER")));
        cases.add(streamed(query("subscription over SSE nested past the depth limit", "subscription { factChanges { fact { ... on Actor { "
                + "country { actors(first: 1) { nodes { ".repeat(5) + "name" + " } } }".repeat(5) + " } } } }", 200, "MAX_DEPTH_EXCEEDED")));
        cases.add(streamed(withVariables("subscription over SSE with an injection in its country filter", subscription,
                Map.of("c", List.of("MX' OR '1'='1")), 200, "INVALID_COUNTRY_CODE")));
        cases.add(get("subscription by GET", "query=" + encode("subscription { factChanges { operation } }"), 405, "METHOD_NOT_ALLOWED"));
        cases.add(get("GET without a query", "operationName=A", 400, "INVALID_REQUEST"));
        cases.add(get("GET with variables that are not JSON", "query=" + encode("{ __typename }") + "&variables=%7Bnope", 400,
                "MALFORMED_JSON"));
        cases.add(get("GET with the query given twice", "query=" + encode("{ __typename }") + "&query=" + encode("{ __typename }"),
                400, "INVALID_REQUEST"));
        cases.add(raw("PUT", "PUT", "application/json", "{\"query\": \"{ __typename }\"}", 405, "METHOD_NOT_ALLOWED"));
        cases.add(raw("DELETE", "DELETE", null, null, 405, "METHOD_NOT_ALLOWED"));
        cases.add(raw("PATCH", "PATCH", "application/json", "{\"query\": \"{ __typename }\"}", 405, "METHOD_NOT_ALLOWED"));
        cases.add(raw("text/plain body", "POST", "text/plain", "{ __typename }", 415, "UNSUPPORTED_MEDIA_TYPE"));
        cases.add(raw("form-encoded body", "POST", "application/x-www-form-urlencoded", "query=%7B__typename%7D", 415,
                "UNSUPPORTED_MEDIA_TYPE"));
        cases.add(raw("application/graphql body", "POST", "application/graphql", "{ __typename }", 415, "UNSUPPORTED_MEDIA_TYPE"));
        cases.add(raw("no content type", "POST", null, "{\"query\": \"{ __typename }\"}", 415, "UNSUPPORTED_MEDIA_TYPE"));
        cases.add(raw("unparseable content type", "POST", "this is not a media type", "{\"query\": \"{ __typename }\"}", 415,
                "UNSUPPORTED_MEDIA_TYPE"));
        cases.add(new Hostile("accepting only HTML", "POST", "/graphql", "application/json", "text/html",
                "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8), Map.of(), 406, "NOT_ACCEPTABLE", null));
        cases.add(new Hostile("unparseable Accept header", "POST", "/graphql", "application/json", "///",
                "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8), Map.of(), 406, "NOT_ACCEPTABLE", null));
        return cases;
    }

    private static Hostile streamed(Hostile hostile) {
        return hostile.streamed();
    }
}
