package org.diplograph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import org.diplograph.graphql.Limit;
import org.diplograph.graphql.LimitsProperties;
import org.diplograph.graphql.PersistedQueryRegistration;
import org.diplograph.graphql.RateBudgets;
import org.diplograph.graphql.SubscriptionTransports;
import org.diplograph.sql.PersistedQueries;
import org.diplograph.sql.ReplicaReads;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /graphql} as the GraphQL over HTTP specification describes it, so any standard client works unmodified:
 * queries by POST ({@code application/json}) or GET (URL parameters), mutations by POST only, answers in
 * {@code application/graphql-response+json} or {@code application/json} as the client accepts, or as Server-Sent
 * Events ({@code Accept: text/event-stream}, the transport that also carries subscriptions over HTTP). Spring's handler takes
 * POST alone and leaves a malformed body to the servlet error page; here every refusal of the HTTP request itself (wrong
 * method, content type or Accept, body too large, not JSON, not a GraphQL request) is a 4xx whose body is a GraphQL
 * error with a stable code, and a valid request is executed and answered exactly as Spring's handler would.
 */
final class GraphQlHttpEndpoint extends GraphQlHttpHandler {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.APPLICATION_GRAPHQL_RESPONSE;
    private static final Set<String> PARAMETERS = Set.of("query", "operationName", "variables", "extensions");

    private static final String PRIVATE = "private, no-store";

    private final WebGraphQlHandler graphQl;
    private final ServerSentEvents eventStreams;
    private final LimitsProperties limits;
    private final JsonMapper json;
    private final PersistedQueries persistedQueries;
    private final HttpCachingProperties caching;
    private final boolean replicaConfigured;
    private final EdgeRefusals refusals;
    private final RequestBodies bodies;

    GraphQlHttpEndpoint(WebGraphQlHandler graphQl, ServerSentEvents eventStreams, LimitsProperties limits, JsonMapper json,
                        PersistedQueries persistedQueries, HttpCachingProperties caching, boolean replicaConfigured,
                        EdgeRefusals refusals, RequestBodies bodies) {
        super(graphQl);
        this.graphQl = graphQl;
        this.eventStreams = eventStreams;
        this.limits = limits;
        this.json = json;
        this.persistedQueries = persistedQueries;
        this.caching = caching;
        this.replicaConfigured = replicaConfigured;
        this.refusals = refusals;
        this.bodies = bodies;
    }

    /**
     * The document a request runs: its own, or the one its persisted-query hash names; or why it has none.
     *
     * @param registerAs the hash to register the document under once the request is admitted, or null
     */
    private record Resolution(Object query, ServerResponse refusal, String registerAs) {

        Resolution(Object query, ServerResponse refusal) {
            this(query, refusal, null);
        }
    }

    /**
     * Automatic persisted queries as Apollo's clients send them: {@code extensions.persistedQuery} holds
     * {@code version: 1} and the document's {@code sha256Hash}. With the document, the hash is checked and the pair
     * registered (in the database, for every instance); without it, the registered document is run, or the client is
     * told PERSISTED_QUERY_NOT_FOUND and sends it once with its hash.
     */
    private Resolution resolve(ServerRequest request, Object query, Object extensions) {
        Object persisted = extensions instanceof Map<?, ?> map ? map.get("persistedQuery") : null;
        if (persisted == null) {
            return new Resolution(query, null);
        }
        if (!(persisted instanceof Map<?, ?> asked) || !(asked.get("sha256Hash") instanceof String hash)
                || !hash.matches("[0-9a-fA-F]{64}")) {
            return new Resolution(null, invalid(request, "'extensions.persistedQuery' must be an object with 'version': 1 "
                    + "and 'sha256Hash': the document's SHA-256 as 64 hexadecimal digits."));
        }
        if (!(asked.get("version") instanceof Number version) || version.intValue() != 1
                || version.doubleValue() != 1) {
            return new Resolution(null, refuse(request, HttpStatus.BAD_REQUEST, "PERSISTED_QUERY_NOT_SUPPORTED",
                    "Only version 1 of automatic persisted queries is supported.", headers -> { }));
        }
        String sha256 = hash.toLowerCase(Locale.ROOT);
        if (query == null) {
            return persistedQueries.find(sha256).map(document -> new Resolution(document, null))
                    .orElseGet(() -> new Resolution(null, refuse(request, HttpStatus.OK, "PERSISTED_QUERY_NOT_FOUND",
                            "PersistedQueryNotFound: no document is registered under this hash; send it once with "
                                    + "'query' and this hash.", headers -> { })));
        }
        if (!(query instanceof String document)) {
            return new Resolution(query, null);
        }
        if (!sha256(document).equals(sha256)) {
            return new Resolution(null, refuse(request, HttpStatus.BAD_REQUEST, "PERSISTED_QUERY_HASH_MISMATCH",
                    "'extensions.persistedQuery.sha256Hash' is not the SHA-256 of 'query' (UTF-8, as sent).", headers -> { }));
        }
        return new Resolution(document, null, sha256);
    }

    private static String sha256(String document) {
        return sha256(document.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    static boolean isWebSocketUpgrade(ServerRequest request) {
        return "websocket".equalsIgnoreCase(request.headers().firstHeader(HttpHeaders.UPGRADE));
    }

    /** A client that accepts an event stream gets its answer, and any subscription, as Server-Sent Events. */
    static boolean wantsEventStream(ServerRequest request) {
        try {
            return request.headers().accept().stream().anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype);
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    static boolean isPreFlight(ServerRequest request) {
        return CorsUtils.isPreFlightRequest(request.servletRequest());
    }

    ServerResponse post(ServerRequest request) throws IOException {
        boolean streamed = wantsEventStream(request);
        if (!streamed && !acceptable(request)) {
            return notAcceptable(request);
        }
        MediaType contentType;
        try {
            contentType = request.headers().contentType().orElse(null);
        } catch (InvalidMediaTypeException unreadable) {
            contentType = null;
        }
        if (contentType == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(contentType)) {
            return refuse(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                    "Send the GraphQL request as a JSON object with 'Content-Type: application/json'%s."
                            .formatted(contentType == null ? "" : " (not " + contentType.getType() + "/" + contentType.getSubtype() + ")"),
                    headers -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)));
        }
        long declaredLength = request.headers().contentLength().orElse(-1);
        if (declaredLength > limits.maxRequestBytes()) {
            return tooLarge(request, declaredLength);
        }
        byte[] body;
        try {
            body = bodies.read(request.servletRequest().getInputStream(), limits.maxRequestBytes());
        } catch (RequestBodies.TooSlow tooSlow) {
            return refuse(request, HttpStatus.REQUEST_TIMEOUT, "REQUEST_TIMEOUT", "The request body did not arrive in "
                    + "time: send it whole, at once.", headers -> headers.setConnection("close"));
        }
        if (body.length > limits.maxRequestBytes()) {
            return tooLarge(request, -1);
        }
        if (body.length == 0) {
            return invalid(request, "The request body is empty: send a JSON object with a 'query'.");
        }
        Object parsed;
        try {
            parsed = json.readValue(body, Object.class);
        } catch (JacksonException malformed) {
            String where = malformed.getLocation() == null ? ""
                    : " (line %d, column %d)".formatted(malformed.getLocation().getLineNr(), malformed.getLocation().getColumnNr());
            return refuse(request, HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "The request body is not valid JSON" + where + ".",
                    headers -> { });
        }
        if (parsed instanceof List<?>) {
            return refuse(request, HttpStatus.BAD_REQUEST, "BATCHING_NOT_SUPPORTED",
                    "Batched requests (a JSON array) are not supported: send one operation per request.", headers -> { });
        }
        if (!(parsed instanceof Map<?, ?> parameters)) {
            return invalid(request, "The request body must be a JSON object with a 'query'.");
        }
        for (Object name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                return invalid(request, "Unknown request parameter '%s': a GraphQL request has query, operationName, "
                        .formatted(name) + "variables and extensions.");
            }
        }
        Resolution resolved = resolve(request, parameters.get("query"), parameters.get("extensions"));
        if (resolved.refusal() != null) {
            return resolved.refusal();
        }
        return execute(request, resolved, parameters.get("operationName"), parameters.get("variables"),
                parameters.get("extensions"), streamed, false);
    }

    /** GET runs queries only: a URL can be followed, prefetched or cached by anyone, so it must never change data. */
    ServerResponse get(ServerRequest request) {
        if (!acceptable(request)) {
            return notAcceptable(request);
        }
        for (String name : request.params().keySet()) {
            if (PARAMETERS.contains(name) && request.params().get(name).size() > 1) {
                return invalid(request, "The URL parameter '%s' is given more than once.".formatted(name));
            }
        }
        Object variables;
        Object extensions;
        try {
            variables = jsonParameter(request, "variables");
            extensions = jsonParameter(request, "extensions");
        } catch (JacksonException malformed) {
            return refuse(request, HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
                    "The URL parameters 'variables' and 'extensions' must be JSON objects, URL-encoded.", headers -> { });
        }
        if (extensions != null && !(extensions instanceof Map)) {
            return invalid(request, "'extensions' must be a JSON object or null.");
        }
        Resolution resolved = resolve(request, request.param("query").orElse(null), extensions);
        if (resolved.refusal() != null) {
            return resolved.refusal();
        }
        String query = (String) resolved.query();
        String operationName = request.param("operationName").orElse(null);
        OperationDefinition.Operation operation = query == null ? null : operationType(query, operationName);
        if (operation == OperationDefinition.Operation.SUBSCRIPTION) {
            return refuse(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                    "GET runs queries only. " + SubscriptionTransports.ADVICE, headers -> headers.setAllow(Set.of(HttpMethod.POST)));
        }
        if (operation != null && operation != OperationDefinition.Operation.QUERY) {
            return refuse(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                    "A %s must be sent with POST; GET runs queries only.".formatted(operation.name().toLowerCase(Locale.ROOT)),
                    headers -> headers.setAllow(Set.of(HttpMethod.POST)));
        }
        return execute(request, resolved, operationName, variables, extensions, false, isPublic(request));
    }

    /** A GET without credentials: its answer is the same for everyone who asks, so browsers and CDNs may keep it. */
    private boolean isPublic(ServerRequest request) {
        return !caching.publicMaxAge().isZero() && request.headers().firstHeader(HttpHeaders.AUTHORIZATION) == null
                && request.headers().firstHeader("X-API-Key") == null;
    }

    ServerResponse otherMethod(ServerRequest request) {
        if (request.method().equals(HttpMethod.OPTIONS)) {
            return ServerResponse.noContent().headers(headers -> headers.setAllow(Set.of(HttpMethod.GET, HttpMethod.POST))).build();
        }
        return refuse(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                "%s is not supported here: send queries with GET or POST and mutations with POST.".formatted(request.method()),
                headers -> headers.setAllow(Set.of(HttpMethod.GET, HttpMethod.POST)));
    }

    private ServerResponse execute(ServerRequest request, Resolution resolved, Object operationName, Object variables,
                                   Object extensions, boolean streamed, boolean publicAnswer) {
        Object query = resolved.query();
        if (!(query instanceof String)) {
            return invalid(request, query == null ? "The request has no 'query': send the GraphQL document as a string."
                    : "'query' must be a string holding the GraphQL document.");
        }
        if (operationName != null && !(operationName instanceof String)) {
            return invalid(request, "'operationName' must be a string or null.");
        }
        if (variables != null && !(variables instanceof Map)) {
            return invalid(request, "'variables' must be a JSON object (or null), mapping each variable to its value.");
        }
        if (extensions != null && !(extensions instanceof Map)) {
            return invalid(request, "'extensions' must be a JSON object or null.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("operationName", operationName);
        body.put("variables", variables);
        body.put("extensions", extensions);
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), null,
                request.remoteAddress().orElse(null), request.attributes(), body, requestId(),
                LocaleContextHolder.getLocale());
        if (resolved.registerAs() != null) {
            String hash = resolved.registerAs();
            String document = (String) query;
            graphQlRequest.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> context.put(
                    PersistedQueryRegistration.class,
                    new PersistedQueryRegistration(() -> persistedQueries.register(hash, document)))).build());
        }
        if (streamed) {
            return eventStreams.respond(graphQl.handleRequest(graphQlRequest), request.servletRequest());
        }
        // One JSON answer cannot carry a stream of events: execution refuses a subscription sent this way.
        graphQlRequest.configureExecutionInput((input, builder) ->
                builder.graphQLContext(SubscriptionTransports::markSingleResponse).build());
        Supplier<ServerResponse> answer = () -> publicAnswer
                ? publicAnswer(request, graphQl.handleRequest(graphQlRequest).block())
                : prepareResponse(request, graphQl.handleRequest(graphQlRequest));
        return replicaConfigured && mayReadFromReplica((String) query) ? ReplicaReads.allowedDuring(answer) : answer.get();
    }

    /**
     * Only a query may read from a read replica. Deciding from the words of the document, before it is parsed, errs one
     * way only: a query that merely mentions the word (in a string, say) reads from the primary, which is always right.
     */
    private static boolean mayReadFromReplica(String document) {
        return !WRITING_OR_STREAMING.matcher(document).find();
    }

    private static final Pattern WRITING_OR_STREAMING = Pattern.compile("\\b(mutation|subscription)\\b");

    /**
     * A public answer carries a strong ETag (a digest of its data) and may be kept for the configured max-age; a
     * client that sends the ETag back in If-None-Match gets 304 when the answer is unchanged, which spends the query
     * but not the bandwidth (nor the writing of the whole answer). An answer with errors is never kept: it may say no more than that a limit or the
     * database failed this time.
     */
    private ServerResponse publicAnswer(ServerRequest request, WebGraphQlResponse response) {
        MediaType type = responseType(request);
        withRetryAfter(response);
        HttpStatus status = selectResponseStatus(response, type);
        boolean callerSpecific = Boolean.TRUE.equals(
                response.getExecutionInput().getGraphQLContext().get(RateBudgets.CALLER_SPECIFIC));
        if (status != HttpStatus.OK || !response.getErrors().isEmpty() || callerSpecific) {
            return ServerResponse.status(status).headers(headers -> {
                headers.addAll(response.getResponseHeaders());
                headers.setCacheControl(PRIVATE);
            }).contentType(type).body(json.writeValueAsBytes(response.toMap()));
        }
        // Of the data alone: extensions report this request's cost and the client's remaining budget, which differ on
        // every request while the answer stays the same.
        Object data = response.getExecutionResult().getData();
        String etag = "\"" + sha256(json.writeValueAsBytes(data)).substring(0, 32) + "\"";
        Consumer<HttpHeaders> cacheable = headers -> {
            headers.setETag(etag);
            headers.setCacheControl(CacheControl.maxAge(caching.publicMaxAge()).cachePublic());
            headers.setVary(List.of(HttpHeaders.ACCEPT, HttpHeaders.AUTHORIZATION, "X-API-Key"));
        };
        List<String> presented = request.headers().header(HttpHeaders.IF_NONE_MATCH);
        if (presented.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::trim)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"))) {
            return ServerResponse.status(HttpStatus.NOT_MODIFIED).headers(cacheable).build();
        }
        return ServerResponse.ok().headers(cacheable).contentType(type).body(json.writeValueAsBytes(withoutCaller(response)));
    }

    /**
     * The answer as anyone may be served it: the caller's budget ({@code extensions.rateLimit}) is left out, the cost
     * (the same for everyone who asks) stays.
     */
    private static Map<String, Object> withoutCaller(WebGraphQlResponse response) {
        Map<String, Object> answer = new LinkedHashMap<>(response.toMap());
        if (answer.get("extensions") instanceof Map<?, ?> extensions) {
            Map<Object, Object> kept = new LinkedHashMap<>(extensions);
            kept.remove("rateLimit");
            if (kept.isEmpty()) {
                answer.remove("extensions");
            } else {
                answer.put("extensions", kept);
            }
        }
        return answer;
    }

    /**
     * A request refused for its client's rate budget, or because the database cannot be reached, is not the client's
     * mistake: with the GraphQL over HTTP media type, which lets the status speak, it gets 429 or 503 and a Retry-After
     * that a load balancer or client library can act on. Under plain {@code application/json} the status stays 200,
     * as that media type's clients expect.
     */
    @Override
    protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseType) {
        HttpStatus chosen = super.selectResponseStatus(response, responseType);
        if (!GRAPHQL_RESPONSE.equalsTypeAndSubtype(responseType)) {
            return chosen;
        }
        Set<Object> codes = errorCodes(response);
        if (codes.contains(RETRY_LATER_RATE)) {
            return HttpStatus.TOO_MANY_REQUESTS;
        }
        return codes.contains(RETRY_LATER_DATABASE) ? HttpStatus.SERVICE_UNAVAILABLE : chosen;
    }

    @Override
    protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
        return super.prepareResponse(request, responseMono.map(response -> {
            response.getResponseHeaders().setCacheControl(PRIVATE);
            return withRetryAfter(response);
        }));
    }

    private static final String RETRY_LATER_RATE = "RATE_LIMITED";
    private static final String RETRY_LATER_DATABASE = "SERVICE_UNAVAILABLE";

    private static WebGraphQlResponse withRetryAfter(WebGraphQlResponse response) {
        long retryAfter = response.getErrors().stream().map(error -> error.getExtensions().get("retryAfterSeconds"))
                .filter(Number.class::isInstance).mapToLong(seconds -> ((Number) seconds).longValue()).max().orElse(-1);
        if (retryAfter > 0) {
            response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        }
        return response;
    }

    private static Set<Object> errorCodes(WebGraphQlResponse response) {
        return response.getErrors().stream().map(error -> error.getExtensions().get("code"))
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Ids only tell requests apart in logs and traces; {@code UUID.randomUUID()} draws from the shared SecureRandom,
     * whose lock every request thread then queues on.
     */
    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private Object jsonParameter(ServerRequest request, String name) {
        String text = request.param(name).orElse(null);
        return text == null || text.isBlank() ? null : json.readValue(text, Object.class);
    }

    /** The operation a GET would run, or null when the document does not parse (execution then reports why). */
    private OperationDefinition.Operation operationType(String query, String operationName) {
        if (query.length() > limits.maxDocumentCharacters()) {
            return null;
        }
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.newParserOptions().maxCharacters(limits.maxDocumentCharacters())
                            .maxTokens(limits.maxTokens() + 1).captureSourceLocation(false).build())
                    .build());
        } catch (InvalidSyntaxException unparsable) {
            return null;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(operation -> operationName == null ? operations.size() == 1 : operationName.equals(operation.getName()))
                .map(OperationDefinition::getOperation).findFirst().orElse(null);
    }

    private static boolean acceptable(ServerRequest request) {
        List<MediaType> accepted;
        try {
            accepted = request.headers().accept();
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
        return accepted.isEmpty() || accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                || type.isCompatibleWith(GRAPHQL_RESPONSE));
    }

    private ServerResponse notAcceptable(ServerRequest request) {
        return refuse(request, HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
                "Responses are application/graphql-response+json or application/json: accept one of them.", headers -> { });
    }

    private ServerResponse tooLarge(ServerRequest request, long bytes) {
        String message = bytes > 0
                ? Limit.REQUEST_SIZE.message(bytes, limits.maxRequestBytes())
                : "The request body is larger than the limit of %,d bytes.".formatted(limits.maxRequestBytes());
        return refuse(request, HttpStatus.CONTENT_TOO_LARGE, Limit.REQUEST_SIZE.code(), message,
                headers -> { });
    }

    private ServerResponse invalid(ServerRequest request, String message) {
        return refuse(request, HttpStatus.BAD_REQUEST, "INVALID_REQUEST", message, headers -> { });
    }

    private ServerResponse refuse(ServerRequest request, HttpStatus status, String code, String message,
                                  Consumer<HttpHeaders> headers) {
        return refusals.refuse(request, status, code, message, headers);
    }

    private static MediaType responseType(ServerRequest request) {
        return EdgeRefusals.responseType(request);
    }
}
