package org.diplograph.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import org.diplograph.graphql.Limit;
import org.diplograph.graphql.LimitsProperties;
import org.diplograph.graphql.SubscriptionTransports;
import org.reactivestreams.Publisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Flux;
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

    private final WebGraphQlHandler graphQl;
    private final EventStream eventStream;
    private final LimitsProperties limits;
    private final JsonMapper json;

    GraphQlHttpEndpoint(WebGraphQlHandler graphQl, EventStream eventStream, LimitsProperties limits, JsonMapper json) {
        super(graphQl);
        this.graphQl = graphQl;
        this.eventStream = eventStream;
        this.limits = limits;
        this.json = json;
    }

    /**
     * Spring's Server-Sent Events responder, given the request this endpoint has already checked: SSE requests pass
     * the same edge as JSON ones (size, content type, JSON shape, batching) instead of Spring reading any body whole.
     */
    static final class EventStream extends GraphQlSseHandler {

        EventStream(WebGraphQlHandler graphQl, Duration timeout, Duration keepAlive) {
            super(graphQl, timeout, keepAlive);
        }

        /**
         * Spring's handler streams subscriptions only; a query, a mutation, or a subscription refused before it started
         * is sent as the GraphQL over SSE protocol has it, one "next" event with the result, then "complete".
         */
        ServerResponse respond(ServerRequest request, Mono<WebGraphQlResponse> response) {
            return prepareResponse(request, response.map(EventStream::asStream));
        }

        private static WebGraphQlResponse asStream(WebGraphQlResponse response) {
            if (response.getExecutionResult().getData() instanceof Publisher<?>) {
                return response;
            }
            ExecutionResult single = response.getExecutionResult();
            return response.transform(builder -> builder.data(Flux.just(single)).errors(List.of()).extensions(Map.of()));
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
        byte[] body = request.servletRequest().getInputStream().readNBytes(limits.maxRequestBytes() + 1);
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
        return execute(request, parameters.get("query"), parameters.get("operationName"), parameters.get("variables"),
                parameters.get("extensions"), streamed);
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
        String query = request.param("query").orElse(null);
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
        return execute(request, query, operationName, variables, extensions, false);
    }

    ServerResponse otherMethod(ServerRequest request) {
        if (request.method().equals(HttpMethod.OPTIONS)) {
            return ServerResponse.noContent().headers(headers -> headers.setAllow(Set.of(HttpMethod.GET, HttpMethod.POST))).build();
        }
        return refuse(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                "%s is not supported here: send queries with GET or POST and mutations with POST.".formatted(request.method()),
                headers -> headers.setAllow(Set.of(HttpMethod.GET, HttpMethod.POST)));
    }

    private ServerResponse execute(ServerRequest request, Object query, Object operationName, Object variables,
                                   Object extensions, boolean streamed) {
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
        if (streamed) {
            return eventStream.respond(request, graphQl.handleRequest(graphQlRequest));
        }
        // One JSON answer cannot carry a stream of events: execution refuses a subscription sent this way.
        graphQlRequest.configureExecutionInput((input, builder) ->
                builder.graphQLContext(SubscriptionTransports::markSingleResponse).build());
        return prepareResponse(request, graphQl.handleRequest(graphQlRequest));
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

    /** A refusal of the HTTP request itself, shaped as a GraphQL response so clients need only one error path. */
    private static ServerResponse refuse(ServerRequest request, HttpStatus status, String code, String message,
                                         Consumer<HttpHeaders> headers) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("classification", "BAD_REQUEST");
        extensions.put("code", code);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        return ServerResponse.status(status).headers(headers).contentType(responseType(request))
                .body(Map.of("errors", List.of(error)));
    }

    private static MediaType responseType(ServerRequest request) {
        try {
            return request.headers().accept().stream().anyMatch(GRAPHQL_RESPONSE::equalsTypeAndSubtype)
                    ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
        } catch (InvalidMediaTypeException unreadable) {
            return MediaType.APPLICATION_JSON;
        }
    }
}
