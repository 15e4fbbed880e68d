package org.diplograph.web;

import static org.diplograph.web.Hostile.operation;
import static org.diplograph.web.Hostile.query;
import static org.diplograph.web.Hostile.raw;
import static org.diplograph.web.Hostile.rawBytes;
import static org.diplograph.web.Hostile.withVariables;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.support.WriteTest;

/**
 * The hostile requests of {@link HostileQueriesTest} and {@link EdgeRefusalsTest}: document limits, filters at and past
 * their limits, fragments, variables of the wrong type, impossible dates, injection strings in every kind of argument,
 * keys, Unicode, malformed JSON, persisted queries, subscriptions, methods, content types and Accept headers. The
 * answers with data are written from the seeded article (db/migration), never asked of the server under test.
 */
final class HostileCatalogue {

    /** The seeded actors of Peru (country_code 'PE' in db/migration/V4), by their sort_name, as the API lists actors. */
    private static final String PERUVIAN_ACTORS = "{\"country\": {\"actors\": {\"nodes\": [" + String.join(", ",
            List.of("castillo-family", "castillo-children", "congress-of-peru", "government-of-peru", "lilia-paredes",
                    "pedro-castillo", "political-class-of-peru", "demonstrators-against-castillos-ouster").stream()
                    .map(slug -> "{\"slug\": \"" + slug + "\"}").toList()) + "]}}}";

    private HostileCatalogue() {
    }

    /**
     * The requests GraphQL executes (answered 200 as built), each through every transport that can carry it: the
     * ones that can reach the database.
     */
    static List<Hostile> reachingTheDatabase() {
        return requests().stream().filter(hostile -> hostile.expectedStatus() == 200)
                .flatMap(hostile -> hostile.throughEveryTransport().stream()).toList();
    }

    /** The requests refused before any GraphQL runs, each through every transport that can carry it. */
    static List<Hostile> refusedBeforeTheDatabase() {
        return requests().stream().filter(hostile -> hostile.expectedStatus() != 200)
                .flatMap(hostile -> hostile.throughEveryTransport().stream()).toList();
    }

    private static List<Hostile> requests() {
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
        // The root and its 49 alternatives are 50 parts; the one that matches proves the filter was applied, not
        // dropped (Pablo Monroy, db/migration/V4).
        List<Map<String, Object>> parts = new ArrayList<>(java.util.Collections.nCopies(48, Map.of("name", "zz-none")));
        parts.add(Map.of("name", "Monroy"));
        cases.add(withVariables("filter of 50 parts, one of them matching", actorFilter, Map.of("f", Map.of("or", parts)), 200, null)
                .answering("{\"actors\": {\"nodes\": [{\"name\": \"Pablo Monroy\"}]}}"));
        List<Map<String, Object>> oneTooMany = new ArrayList<>(parts);
        oneTooMany.add(Map.of("name", "zz-none"));
        cases.add(withVariables("filter of 51 parts", actorFilter, Map.of("f", Map.of("or", oneTooMany)), 200,
                "FILTER_TOO_LARGE"));
        List<String> codes = new ArrayList<>(java.util.Collections.nCopies(99, "0831"));
        codes.add("080");
        cases.add(withVariables("filter list of 100 values, one of them the article's", actionFilter,
                Map.of("f", Map.of("eventCodes", codes)), 200, null)
                .answering("{\"actions\": {\"nodes\": [{\"summary\": \"Peru agreed to give safe passage to Paredes "
                        + "and the couple's two children\"}]}}"));
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
        // Spreads repeated at three levels merge into one selection: the answer is the article's Peruvian actors, each
        // once, not nine copies.
        cases.add(query("fragment fan-out without aliases", "{ ...A } fragment A on Query { country(code: \"PE\") { ...B ...B ...B } }"
                + " fragment B on Country { actors { nodes { ...C ...C ...C } } } fragment C on Actor { slug }", 200, null)
                .answering(PERUVIAN_ACTORS));
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
        // A quote is data: it matches the description that has one ("Castillo's family", db/migration/V4), and no other.
        cases.add(withVariables("quote in a name filter matching a description", "query($s: String) { actors(filter: "
                + "{name: $s}) { nodes { slug } } }", Map.of("s", "Castillo's family"), 200, null)
                .answering("{\"actors\": {\"nodes\": [{\"slug\": \"castillo-family\"}]}}"));
        for (String injection : List.of("' OR 1=1 --", "pablo-monroy' --", "../../etc/passwd")) {
            cases.add(withVariables("injection in a slug: " + injection, "query($s: String!) { actor(slug: $s) { name } }",
                    Map.of("s", injection), 200, "NOT_FOUND").answering("{\"actor\": null}"));
        }
        cases.add(withVariables("injection in a country code", "query($c: String!) { country(code: $c) { name } }",
                Map.of("c", "MX' OR '1'='1"), 200, "INVALID_COUNTRY_CODE").answering("{\"country\": null}"));
        cases.add(withVariables("injection in a country filter", "query($c: [String!]) { actions(filter: {countries: $c}) { nodes { summary } } }",
                Map.of("c", List.of("MX' --")), 200, "INVALID_COUNTRY_CODE"));
        cases.add(withVariables("garbage global id", "query($id: ID!) { node(id: $id) { id } }", Map.of("id", "' OR 1=1 --"), 200,
                "INVALID_ID").answering("{\"node\": null}"));
        cases.add(withVariables("global id encoding SQL", "query($id: ID!) { node(id: $id) { id } }",
                Map.of("id", Base64.getUrlEncoder().encodeToString("Actor:1 OR 1=1".getBytes(StandardCharsets.UTF_8))), 200,
                "INVALID_ID").answering("{\"node\": null}"));
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
                "FORBIDDEN"), Map.of("Authorization", "Bearer " + WriteTest.READER_KEY)));
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
        cases.addAll(HostileRequestEnvelopes.requests());
        return cases;
    }

    private static Hostile withHeaders(Hostile hostile, Map<String, String> headers) {
        return hostile.withHeaders(headers);
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

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(point -> escaped.append(point < 128 && point > 31 ? String.valueOf((char) point)
                : "U+%04X".formatted(point)));
        return escaped.toString();
    }
}
