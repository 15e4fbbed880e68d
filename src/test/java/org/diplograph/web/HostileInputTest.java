package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API under attack through its own input. Every hostile request gets a clean answer: never a 5xx, always a JSON
 * body, a refusal classified BAD_REQUEST, NOT_FOUND, UNAUTHORIZED or FORBIDDEN with the expected code (or, for
 * injection strings that are merely odd data, an ordinary answer), nothing of the implementation in it, and no change
 * to the data.
 */
class HostileInputTest extends WriteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Set<String> CLIENT_CLASSIFICATIONS = Set.of("BAD_REQUEST", "NOT_FOUND", "UNAUTHORIZED", "FORBIDDEN");
    /** What an implementation leaks: stack frames, class and package names, file paths, SQL, driver details. */
    private static final Pattern LEAK = Pattern.compile("Exception|\\tat |\\.java\\b|java\\.[a-z]|jakarta\\.|"
            + "org\\.(h2|postgresql|springframework|jooq|diplograph|flywaydb)|com\\.zaxxer|SQLState|"
            + "\\bSELECT\\b[^\"]*\\bFROM\\b|\\bINSERT INTO\\b|/work/|/root/|/home/|/tmp/");

    /** Codes of refusals made at the HTTP edge, before any GraphQL runs: every transport answers them alike. */
    private static final Set<String> EDGE_CODES = Set.of("MAX_REQUEST_SIZE_EXCEEDED", "MALFORMED_JSON", "INVALID_REQUEST",
            "BATCHING_NOT_SUPPORTED", "UNSUPPORTED_MEDIA_TYPE", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE",
            "PERSISTED_QUERY_NOT_SUPPORTED", "PERSISTED_QUERY_HASH_MISMATCH", "PERSISTED_QUERY_NOT_FOUND");
    private static final String JSON_ACCEPT = "application/graphql-response+json";
    private static final String EVENT_STREAM = "text/event-stream";
    /** What three nested fragments spread three times each must answer: the same as asking once, inline. */
    private static final String INLINE_FAN_OUT = "query { countries { nodes { actors { nodes { name } } } } }";

    /**
     * @param expectedStatus the HTTP status the request must get
     * @param expectedCode   the code every error must carry, or null when the request is answered with data
     * @param expectedData   with no code, the exact data of the answer: as JSON, or as a plain query (starting with
     *                       "query") whose answer the hostile one must equal
     */
    record Hostile(String name, String method, String path, String contentType, String accept, byte[] body,
                   Map<String, String> headers, int expectedStatus, String expectedCode, String expectedData) {
        @Override
        public String toString() {
            return name;
        }

        Hostile answering(String data) {
            return new Hostile(name, method, path, contentType, accept, body, headers, expectedStatus, null, data);
        }

        Hostile named(String newName) {
            return new Hostile(newName, method, path, contentType, accept, body, headers, expectedStatus, expectedCode,
                    expectedData);
        }

        boolean isJsonPost() {
            return "POST".equals(method) && "application/json".equals(contentType) && JSON_ACCEPT.equals(accept);
        }
    }

    /**
     * Every hostile request through every HTTP transport that can carry it: as built (mostly JSON POST), again as a
     * Server-Sent Events POST, and, for queries small enough for a URL, as GET.
     */
    static Stream<Hostile> hostileRequests() {
        List<Hostile> all = new ArrayList<>();
        for (Hostile hostile : jsonRequests()) {
            all.add(hostile);
            if (hostile.isJsonPost()) {
                if (!"SUBSCRIPTION_NEEDS_STREAM".equals(hostile.expectedCode())) {
                    all.add(asEventStream(hostile));
                }
                Hostile get = asGet(hostile);
                if (get != null) {
                    all.add(get);
                }
            }
        }
        return all.stream();
    }

    /**
     * The same request accepting only an event stream. A refusal at the HTTP edge is the same JSON answer with the
     * same status; anything GraphQL answers arrives as one event, on a 200 stream.
     */
    private static Hostile asEventStream(Hostile hostile) {
        boolean edge = hostile.expectedCode() != null && (EDGE_CODES.contains(hostile.expectedCode())
                || hostile.expectedStatus() == 401);
        return new Hostile(hostile.name() + " (SSE)", hostile.method(), hostile.path(), hostile.contentType(), EVENT_STREAM,
                hostile.body(), hostile.headers(), edge ? hostile.expectedStatus() : 200, hostile.expectedCode(),
                hostile.expectedData());
    }

    /** The same query sent by GET, or null when it is not a query a URL can carry. */
    private static Hostile asGet(Hostile hostile) {
        Map<?, ?> request;
        try {
            request = JSON.readValue(hostile.body(), Map.class);
        } catch (RuntimeException notAnObject) {
            return null;
        }
        if (request == null || !(request.get("query") instanceof String query) || query.startsWith("mutation") || query.startsWith("subscription")
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
        return new Hostile(hostile.name() + " (GET)", "GET", "/graphql?" + url, null, JSON_ACCEPT, null, hostile.headers(),
                hostile.expectedStatus(), hostile.expectedCode(), hostile.expectedData());
    }

    private static List<Hostile> jsonRequests() {
        List<Hostile> cases = new ArrayList<>();
        // Depth, aliases, cost, tokens and size
        cases.add(query("depth bomb", "{ actor(slug: \"pablo-monroy\") { " + "country { actors(first: 1) { nodes { ".repeat(10)
                + "name" + " } } }".repeat(10) + " } }", 400, "MAX_DEPTH_EXCEEDED"));
        cases.add(query("introspection ofType depth bomb", "{ __schema { types { " + "ofType { ".repeat(20) + "name"
                + " }".repeat(20) + " } } }", 400, "MAX_DEPTH_EXCEEDED"));
        cases.add(query("depth bomb through fragments", "{ ...F0 }" + fragmentChain(20), 400, "MAX_DEPTH_EXCEEDED"));
        cases.add(query("alias bomb", "{" + repeatNumbered(" a%d: __typename", 100) + " }", 400,
                "MAX_ALIASES_EXCEEDED"));
        cases.add(query("alias bomb inside a fragment", "{ ...A } fragment A on Query {"
                + repeatNumbered(" a%d: __typename", 40) + " }", 400, "MAX_ALIASES_EXCEEDED"));
        cases.add(query("cost bomb of nested full pages", """
                { countries(first: 100) { nodes { actions(first: 100) { nodes {
                  actors { ... on Actor { statements(first: 100) { nodes { content } } } } } } } } }""", 400, "MAX_COST_EXCEEDED"));
        cases.add(withVariables("cost bomb through variables", "query($n: Int) { countries(first: $n) { nodes { "
                + "actors(first: $n) { nodes { statements(first: $n) { nodes { content } } } } } } }",
                Map.of("n", 100), 400, "MAX_COST_EXCEEDED"));
        cases.add(query("page far over the cap", "{ actions(first: 1000000) { nodes { summary } } }", 200, "MAX_PAGE_SIZE_EXCEEDED"));
        cases.add(query("negative page size", "{ actions(first: -5) { nodes { summary } } }", 200, "INVALID_PAGE_SIZE"));
        cases.add(query("page size past Int", "{ actions(first: 2147483648) { nodes { summary } } }", 400, "GRAPHQL_VALIDATION_FAILED"));
        cases.add(query("token flood", "{" + " a".repeat(3000) + " }", 400, "MAX_TOKENS_EXCEEDED"));
        cases.add(query("oversized document", "{ __typename }" + " ".repeat(200_000), 400, "MAX_DOCUMENT_SIZE_EXCEEDED"));
        cases.add(query("oversized string literal", "{ actor(slug: \"" + "a".repeat(20_000) + "\") { name } }", 400,
                "MAX_DOCUMENT_SIZE_EXCEEDED"));
        cases.add(query("braces nested past the parser's guard", "{" + " a {".repeat(1500) + " b" + " }".repeat(1500) + " }",
                400, "GRAPHQL_PARSE_FAILED"));
        cases.add(query("list argument nested 1000 deep", "{ actors(filter: {countries: " + "[".repeat(1000) + "\"MX\""
                + "]".repeat(1000) + "}) { nodes { name } } }", 400, "GRAPHQL_PARSE_FAILED"));
        cases.add(withVariables("filter tree nested in variables", "query($f: ActorFilter) { actors(filter: $f) { nodes { name } } }",
                Map.of("f", nestedFilter(40)), 200, "FILTER_TOO_DEEP"));
        // Filter limits: 50 parts, 100 values per list (FilterTree); at the limit a filter runs, past it it is refused
        String actionFilter = "query($f: ActionFilter) { actions(filter: $f) { nodes { summary } } }";
        String actorFilter = "query($f: ActorFilter) { actors(filter: $f) { nodes { name } } }";
        cases.add(withVariables("filter of 50 parts", actorFilter, Map.of("f", Map.of("name", "zz-none",
                "or", java.util.Collections.nCopies(49, Map.of("name", "zz-none")))), 200, null)
                .answering("{\"actors\": {\"nodes\": []}}"));
        cases.add(withVariables("filter of 51 parts", actorFilter, Map.of("f", Map.of("name", "zz-none",
                "or", java.util.Collections.nCopies(50, Map.of("name", "zz-none")))), 200, "FILTER_TOO_LARGE"));
        cases.add(withVariables("filter list of 100 values", actionFilter,
                Map.of("f", Map.of("eventCodes", java.util.Collections.nCopies(100, "0831"))), 200, null)
                .answering("{\"actions\": {\"nodes\": []}}"));
        cases.add(withVariables("filter list of 101 values", actionFilter,
                Map.of("f", Map.of("eventCodes", java.util.Collections.nCopies(101, "0831"))), 200, "TOO_MANY_VALUES"));
        cases.add(withVariables("oversized variable", "query($s: String!) { actor(slug: $s) { name } }",
                Map.of("s", "z".repeat(2_000_000)), 413, "MAX_REQUEST_SIZE_EXCEEDED"));
        cases.add(raw("variables nested 5000 deep", "POST", "application/json",
                "{\"query\": \"{ __typename }\", \"variables\": {\"v\": " + "[".repeat(5000) + "]".repeat(5000) + "}}", 400,
                "MALFORMED_JSON"));
        // Batching and operations
        cases.add(raw("JSON array batch", "POST", "application/json",
                "[" + String.join(",", java.util.Collections.nCopies(50, "{\"query\": \"{ countries { nodes { code } } }\"}")) + "]",
                400, "BATCHING_NOT_SUPPORTED"));
        cases.add(query("fifty operations in one document", repeatNumbered("query Q%d { __typename } ", 50), 400,
                "MAX_OPERATIONS_EXCEEDED"));
        cases.add(operation("operation name that is not in the document", "query A { __typename }", "B", 400,
                "GRAPHQL_VALIDATION_FAILED"));
        cases.add(query("two anonymous operations", "{ __typename } { __typename }", 400, "GRAPHQL_VALIDATION_FAILED"));
        // Fragments
        cases.add(query("circular fragments", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", 400,
                "GRAPHQL_VALIDATION_FAILED"));
        cases.add(query("self-referencing fragment", "{ ...A } fragment A on Query { __typename ...A }", 400,
                "GRAPHQL_VALIDATION_FAILED"));
        cases.add(query("undefined fragment", "{ ...Missing }", 400, "GRAPHQL_VALIDATION_FAILED"));
        cases.add(query("fragment on a type that does not exist", "{ ...A } fragment A on Nothing { __typename }", 400,
                "GRAPHQL_VALIDATION_FAILED"));
        cases.add(query("fragment fan-out without aliases", "{ ...A } fragment A on Query { countries { nodes { ...B ...B ...B } } }"
                + " fragment B on Country { actors { nodes { ...C ...C ...C } } } fragment C on Actor { name }", 200, null)
                .answering(INLINE_FAN_OUT));
        // Wrong variable types
        cases.add(withVariables("string where an Int is declared", "query($n: Int) { countries(first: $n) { nodes { code } } }",
                Map.of("n", "ten"), 400, "GRAPHQL_VALIDATION_FAILED"));
        cases.add(withVariables("null for a non-null variable", "query($slug: String!) { actor(slug: $slug) { name } }",
                nullValued("slug"), 400, "GRAPHQL_VALIDATION_FAILED"));
        cases.add(withVariables("list where an input object is declared", "query($f: ActorFilter) { actors(filter: $f) { nodes { name } } }",
                Map.of("f", List.of(1, 2)), 400, "GRAPHQL_VALIDATION_FAILED"));
        cases.add(withVariables("unknown field in an input object", "query($f: ActorFilter) { actors(filter: $f) { nodes { name } } }",
                Map.of("f", Map.of("password", "x")), 400, "GRAPHQL_VALIDATION_FAILED"));
        cases.add(withVariables("enum value that does not exist", "query($k: [ActorKind!]) { actors(filter: {kinds: $k}) { nodes { name } } }",
                Map.of("k", List.of("DRAGON")), 400, "GRAPHQL_VALIDATION_FAILED"));
        // Dates: strictly ISO, years 0001 to 9999; an impossible date is refused, never moved to the end of its month
        for (String date : List.of("2022-13-45", "2022-02-30", "2023-02-29", "0000-01-01", "10000-01-01",
                "+999999999-12-31", "2022-2-3", "22-12-20", "2022-12-20T00:00")) {
            cases.add(withVariables("impossible date " + date + " in a variable",
                    "query($d: Date) { actions(filter: {occurred: {from: $d}}) { nodes { summary } } }",
                    Map.of("d", date), 400, "INVALID_DATE"));
            cases.add(query("impossible date " + date + " inline", "{ intensitySeries(interval: DAY, filter: {occurred: "
                    + "{from: \"" + date + "\", to: \"" + date + "\"}}) { periodStart } }", 400, "INVALID_DATE"));
        }
        cases.add(query("the last date there is", "{ intensitySeries(interval: DAY, filter: {occurred: {from: "
                + "\"9999-12-31\", to: \"9999-12-31\"}}) { periodStart count } }", 200, null)
                .answering("{\"intensitySeries\":[{\"periodStart\":\"9999-12-31\",\"count\":0}]}"));
        cases.add(query("a leap day", "{ actions(filter: {occurred: {from: \"2024-02-29\", to: \"2024-02-29\"}}) "
                + "{ nodes { summary } } }", 200, null).answering("{\"actions\":{\"nodes\":[]}}"));
        cases.add(query("undeclared variable", "{ actor(slug: $slug) { name } }", 400, "GRAPHQL_VALIDATION_FAILED"));
        cases.add(query("argument of the wrong type inline", "{ countries(first: \"ten\") { nodes { code } } }", 400,
                "GRAPHQL_VALIDATION_FAILED"));
        // Injection strings in every kind of text argument
        for (String injection : List.of("' OR '1'='1", "\"; DROP TABLE actor; --", "') UNION select slug from actor --",
                "%", "_", "\\", "${jndi:ldap://127.0.0.1/x}", "<script>alert(1)</script>", "{\"$gt\": \"\"}")) {
            cases.add(withVariables("injection in actor name filter: " + injection,
                    "query($s: String) { actors(filter: {name: $s}) { nodes { name } } }", Map.of("s", injection), 200, null)
                    .answering("{\"actors\": {\"nodes\": []}}"));
            // A search needs a word; one made only of punctuation is refused as such, and is never a 5xx.
            boolean hasWord = injection.codePoints().anyMatch(Character::isLetterOrDigit);
            Hostile search = withVariables("injection in statement search: " + injection,
                    "query($s: String) { statements(filter: {search: $s}) { nodes { content } } }", Map.of("s", injection), 200,
                    hasWord ? null : "INVALID_SEARCH");
            cases.add(hasWord ? search.answering("{\"statements\": {\"nodes\": []}}") : search);
        }
        for (String injection : List.of("' OR 1=1 --", "pablo-monroy' --", "../../etc/passwd")) {
            cases.add(withVariables("injection in a slug: " + injection, "query($s: String!) { actor(slug: $s) { name } }",
                    Map.of("s", injection), 200, "NOT_FOUND"));
        }
        cases.add(withVariables("injection in a country code", "query($c: String!) { country(code: $c) { name } }",
                Map.of("c", "MX' OR '1'='1"), 200, "INVALID_COUNTRY_CODE"));
        cases.add(withVariables("injection in a country filter", "query($c: [String!]) { actions(filter: {countries: $c}) { nodes { summary } } }",
                Map.of("c", List.of("MX' --")), 200, "INVALID_COUNTRY_CODE"));
        cases.add(withVariables("garbage global id", "query($id: ID!) { node(id: $id) { id } }", Map.of("id", "' OR 1=1 --"), 200,
                "INVALID_ID"));
        cases.add(withVariables("global id encoding SQL", "query($id: ID!) { node(id: $id) { id } }",
                Map.of("id", Base64.getUrlEncoder().encodeToString("Actor:1 OR 1=1".getBytes(StandardCharsets.UTF_8))), 200,
                "INVALID_ID"));
        cases.add(withVariables("hundreds of garbage ids", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                Map.of("ids", java.util.Collections.nCopies(500, "x")), 200, "TOO_MANY_IDS"));
        cases.add(withVariables("cursor that is not one", "query($c: String) { actions(first: 2, after: $c) { nodes { summary } } }",
                Map.of("c", "'; DROP TABLE action; --"), 200, "INVALID_CURSOR"));
        cases.add(withVariables("cursor forged from JSON", "query($c: String) { actions(first: 2, after: $c) { nodes { summary } } }",
                Map.of("c", Base64.getUrlEncoder().encodeToString("{\"k\":[\"1; DROP TABLE action\"]}".getBytes(StandardCharsets.UTF_8))),
                200, "INVALID_CURSOR"));
        String recordActor = "mutation($i: RecordActorInput!) { recordActor(input: $i) { actor { id } userErrors { code } } }";
        Map<String, Object> hostileActor = Map.of("i", Map.of("slug", "x'; DROP TABLE actor; --", "kind", "PERSON",
                "name", "<script>alert(1)</script>", "description", "' OR 1=1", "firstMention", "' OR 1=1", "aliases", List.of()));
        cases.add(withVariables("injection in a mutation without a key", recordActor, hostileActor, 200, "UNAUTHORIZED"));
        cases.add(withHeaders(withVariables("injection in a mutation with a read-only key", recordActor, hostileActor, 200,
                "FORBIDDEN"), Map.of("Authorization", "Bearer " + READER_KEY)));
        cases.add(withHeaders(withVariables("mutation with a wrong key", recordActor, hostileActor, 401, "UNAUTHORIZED"),
                Map.of("Authorization", "Bearer not-a-key-' OR 1=1")));
        cases.add(withHeaders(query("query with a key that is an injection string", "{ __typename }", 401, "UNAUTHORIZED"),
                Map.of("X-API-Key", "' OR ''=' ; \\x00")));
        // Unicode edge cases
        cases.add(withVariables("NUL character in a variable", "query($s: String) { actors(filter: {name: $s}) { nodes { name } } }",
                Map.of("s", "a\u0000b"), 400, "INVALID_CHARACTER"));
        for (String odd : List.of("😀👩‍👩‍👧", "\u202Eevil\u202C", "\u200B\u200D", "e\u0301", "\uFEFF", "ﷺ")) {
            cases.add(withVariables("unicode in a filter: " + escape(odd),
                    "query($s: String) { actors(filter: {name: $s}) { nodes { name } } }", Map.of("s", odd), 200, null)
                    .answering("{\"actors\": {\"nodes\": []}}"));
        }
        cases.add(raw("lone surrogate escaped in JSON", "POST", "application/json",
                "{\"query\": \"query($s: String) { actors(filter: {name: $s}) { nodes { name } } }\", \"variables\": {\"s\": \"\\ud800\"}}",
                200, null).answering("{\"actors\": {\"nodes\": []}}"));
        cases.add(rawBytes("invalid UTF-8 bytes", "POST", "application/json",
                concat("{\"query\": \"{ actor(slug: \\\"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28,
                        (byte) 0xFF}, "\\\") { name } }\"}".getBytes(StandardCharsets.UTF_8)), 400, "MALFORMED_JSON"));
        cases.add(rawBytes("byte order mark before the JSON", "POST", "application/json",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8)),
                200, null).answering("{\"__typename\": \"Query\"}"));
        cases.add(query("NUL escaped inside a GraphQL string", "{ actor(slug: \"\\u0000\") { name } }", 400, "INVALID_CHARACTER"));
        cases.add(query("NUL as a braced escape inside a GraphQL string", "{ actor(slug: \"a\\u{00}\") { name } }", 400,
                "INVALID_CHARACTER"));
        cases.add(query("invalid escape inside a GraphQL string", "{ actor(slug: \"\\uZZZZ\") { name } }", 400, "GRAPHQL_PARSE_FAILED"));
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

    @org.junit.jupiter.api.Test
    void likeWildcardsInANameFilterMatchOnlyThemselves() {
        for (String wildcard : List.of("%", "_", "%%", "!%")) {
            graphQl.document("query($s: String) { actors(filter: {name: $s}) { totalCount } }").variable("s", wildcard).execute()
                    .path("actors.totalCount").entity(Integer.class).isEqualTo(0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void isRefusedCleanlyAndChangesNothing(Hostile hostile) throws Exception {
        Map<String, String> before = fingerprint();

        HttpResponse<String> response = send(hostile);

        assertThat(response.statusCode()).as("status of %s, body %s", hostile.name(), abbreviate(response.body()))
                .isEqualTo(hostile.expectedStatus());
        assertThat(LEAK.matcher(response.body()).find()).as("%s leaks: %s", hostile.name(), abbreviate(response.body())).isFalse();
        Map<?, ?> body = JSON.readValue(answer(hostile, response), Map.class);
        List<?> errors = body.get("errors") instanceof List<?> list ? list : List.of();
        for (Object error : errors) {
            Map<?, ?> extensions = (Map<?, ?>) ((Map<?, ?>) error).get("extensions");
            assertThat(extensions).as("%s: every error is classified", hostile.name()).isNotNull();
            assertThat(CLIENT_CLASSIFICATIONS).as("%s: %s", hostile.name(), error).contains((String) extensions.get("classification"));
        }
        if (hostile.expectedCode() == null) {
            assertThat(errors).as("%s answers without errors", hostile.name()).isEmpty();
            assertThat(body.get("data")).as("%s answers exactly", hostile.name()).isEqualTo(expectedData(hostile));
        } else {
            assertThat(errors.stream().<Object>map(error -> ((Map<?, ?>) ((Map<?, ?>) error).get("extensions")).get("code")).toList())
                    .as("%s error codes in %s", hostile.name(), abbreviate(response.body()))
                    .isNotEmpty().containsOnly(hostile.expectedCode());
        }
        assertThat(fingerprint()).as("%s changes nothing", hostile.name()).isEqualTo(before);
    }

    /**
     * The GraphQL response in the body: the body itself, or, on an event stream, the data of its one "next" event
     * (which must be followed by "complete").
     */
    private static String answer(Hostile hostile, HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith(EVENT_STREAM)) {
            assertThat(hostile.accept().equals(EVENT_STREAM) && response.statusCode() == 200)
                    .as("%s: a 200 to an event-stream request is an event stream", hostile.name()).isFalse();
            return response.body();
        }
        List<String> next = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (String event : response.body().split("\n\n")) {
            String kind = null;
            StringBuilder data = new StringBuilder();
            for (String line : event.split("\n")) {
                if (line.startsWith("event:")) {
                    kind = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring("data:".length()));
                }
            }
            if (kind != null) {
                events.add(kind);
                if (kind.equals("next")) {
                    next.add(data.toString());
                }
            }
        }
        assertThat(events).as("%s: events of %s", hostile.name(), abbreviate(response.body())).containsExactly("next", "complete");
        return next.get(0);
    }

    private Object expectedData(Hostile hostile) throws Exception {
        if (hostile.expectedData().startsWith("query")) {
            HttpResponse<String> reference = send(query("reference", hostile.expectedData(), 200, null));
            return JSON.readValue(reference.body(), Map.class).get("data");
        }
        return JSON.readValue(hostile.expectedData(), Map.class);
    }

    private HttpResponse<String> send(Hostile hostile) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + hostile.path()))
                .method(hostile.method(), hostile.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(hostile.body()));
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        request.header("Accept", hostile.accept());
        hostile.headers().forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Hostile query(String name, String query, int status, String code) {
        return withVariables(name, query, null, status, code);
    }

    private static Hostile operation(String name, String query, String operationName, int status, String code) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", query);
        request.put("operationName", operationName);
        return rawBytes(name, "POST", "application/json", JSON.writeValueAsBytes(request), status, code);
    }

    private static Hostile withVariables(String name, String query, Map<String, Object> variables, int status, String code) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", query);
        if (variables != null) {
            request.put("variables", variables);
        }
        return rawBytes(name, "POST", "application/json", JSON.writeValueAsBytes(request), status, code);
    }

    /** The request as a Server-Sent Events client sends it. */
    private static Hostile streamed(Hostile hostile) {
        return new Hostile(hostile.name(), hostile.method(), hostile.path(), hostile.contentType(), EVENT_STREAM,
                hostile.body(), hostile.headers(), hostile.expectedStatus(), hostile.expectedCode(), hostile.expectedData());
    }

    private static Hostile withHeaders(Hostile hostile, Map<String, String> headers) {
        return new Hostile(hostile.name(), hostile.method(), hostile.path(), hostile.contentType(), hostile.accept(),
                hostile.body(), headers, hostile.expectedStatus(), hostile.expectedCode(), hostile.expectedData());
    }

    private static Hostile raw(String name, String method, String contentType, String body, int status, String code) {
        return rawBytes(name, method, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), status, code);
    }

    private static Hostile rawBytes(String name, String method, String contentType, byte[] body, int status, String code) {
        return new Hostile(name, method, "/graphql", contentType, JSON_ACCEPT, body, Map.of(), status, code, null);
    }

    private static Hostile get(String name, String queryString, int status, String code) {
        return new Hostile(name, "GET", "/graphql?" + queryString, null, JSON_ACCEPT, null, Map.of(), status, code, null);
    }

    /** A query whose depth comes only through a chain of fragments, each adding three levels. */
    private static String fragmentChain(int length) {
        StringBuilder fragments = new StringBuilder(" fragment F0 on Query { countries(first: 1) { nodes { ...C1 } } }");
        for (int i = 1; i <= length; i++) {
            fragments.append(" fragment C").append(i).append(" on Country { actors(first: 1) { nodes { country { ")
                    .append(i < length ? "...C" + (i + 1) : "code").append(" } } } }");
        }
        return fragments.toString();
    }

    private static Map<String, Object> nestedFilter(int depth) {
        Map<String, Object> filter = Map.of("name", "x");
        for (int i = 0; i < depth; i++) {
            filter = Map.of("or", List.of(filter));
        }
        return filter;
    }

    private static Map<String, Object> nullValued(String name) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(name, null);
        return variables;
    }

    private static String repeatNumbered(String pattern, int times) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= times; i++) {
            text.append(pattern.formatted(i));
        }
        return text.toString();
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(point -> escaped.append(point < 128 && point > 31 ? String.valueOf((char) point)
                : "U+%04X".formatted(point)));
        return escaped.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
