package org.diplograph.web.endpoint;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.language.OperationDefinition;
import org.diplograph.graphql.SubscriptionTransports;
import org.diplograph.graphql.execution.LimitsProperties;
import org.diplograph.graphql.execution.PersistedQueryRegistration;
import org.diplograph.sql.PersistedQueries;
import org.diplograph.sql.ReplicaReads;
import org.diplograph.web.EdgeRefusals;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
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
public final class GraphQlHttpEndpoint extends GraphQlHttpHandler {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.APPLICATION_GRAPHQL_RESPONSE;

    private final WebGraphQlHandler graphQl;
    private final ServerSentEvents eventStreams;
    private final PersistedQueryLookup persistedQueries;
    private final PublicAnswers publicAnswers;
    private final PostedRequests posted;
    private final UrlQueries urlQueries;
    private final boolean replicaConfigured;
    private final EdgeRefusals refusals;

    public GraphQlHttpEndpoint(WebGraphQlHandler graphQl, ServerSentEvents eventStreams, LimitsProperties limits, JsonMapper json,
                        PersistedQueries persistedQueries, HttpCachingProperties caching, boolean replicaConfigured,
                        EdgeRefusals refusals, RequestBodies bodies) {
        super(graphQl);
        this.graphQl = graphQl;
        this.eventStreams = eventStreams;
        this.persistedQueries = new PersistedQueryLookup(persistedQueries, refusals);
        this.publicAnswers = new PublicAnswers(json, caching);
        this.posted = new PostedRequests(limits, json, bodies, refusals);
        this.urlQueries = new UrlQueries(limits, json);
        this.replicaConfigured = replicaConfigured;
        this.refusals = refusals;
    }

    public static boolean isWebSocketUpgrade(ServerRequest request) {
        return "websocket".equalsIgnoreCase(request.headers().firstHeader(HttpHeaders.UPGRADE));
    }

    /** A client that accepts an event stream gets its answer, and any subscription, as Server-Sent Events. */
    public static boolean wantsEventStream(ServerRequest request) {
        try {
            return request.headers().accept().stream().anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype);
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    public static boolean isPreFlight(ServerRequest request) {
        return CorsUtils.isPreFlightRequest(request.servletRequest());
    }

    public ServerResponse post(ServerRequest request) throws IOException {
        boolean streamed = wantsEventStream(request);
        if (!streamed && !acceptable(request)) {
            return notAcceptable(request);
        }
        PostedRequests.Posted body = posted.read(request);
        if (body.refusal() != null) {
            return body.refusal();
        }
        Map<?, ?> parameters = body.parameters();
        PersistedQueryLookup.Resolution resolved = persistedQueries.resolve(request, parameters.get("query"), parameters.get("extensions"));
        if (resolved.refusal() != null) {
            return resolved.refusal();
        }
        return execute(request, resolved, parameters.get("operationName"), parameters.get("variables"),
                parameters.get("extensions"), streamed, false);
    }

    /** GET runs queries only: a URL can be followed, prefetched or cached by anyone, so it must never change data. */
    public ServerResponse get(ServerRequest request) {
        if (!acceptable(request)) {
            return notAcceptable(request);
        }
        for (String name : request.params().keySet()) {
            if (PostedRequests.PARAMETERS.contains(name) && request.params().get(name).size() > 1) {
                return invalid(request, "The URL parameter '%s' is given more than once.".formatted(name));
            }
        }
        Object variables;
        Object extensions;
        try {
            variables = urlQueries.jsonParameter(request, "variables");
            extensions = urlQueries.jsonParameter(request, "extensions");
        } catch (JacksonException malformed) {
            return refuse(request, HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
                    "The URL parameters 'variables' and 'extensions' must be JSON objects, URL-encoded.", headers -> { });
        }
        if (extensions != null && !(extensions instanceof Map)) {
            return invalid(request, "'extensions' must be a JSON object or null.");
        }
        PersistedQueryLookup.Resolution resolved = persistedQueries.resolve(request, request.param("query").orElse(null), extensions);
        if (resolved.refusal() != null) {
            return resolved.refusal();
        }
        String query = (String) resolved.query();
        String operationName = request.param("operationName").orElse(null);
        OperationDefinition.Operation operation = query == null ? null : urlQueries.operationType(query, operationName);
        if (operation == OperationDefinition.Operation.SUBSCRIPTION) {
            return refuse(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                    "GET runs queries only. " + SubscriptionTransports.ADVICE, headers -> headers.setAllow(Set.of(HttpMethod.POST)));
        }
        if (operation != null && operation != OperationDefinition.Operation.QUERY) {
            return refuse(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                    "A %s must be sent with POST; GET runs queries only.".formatted(operation.name().toLowerCase(Locale.ROOT)),
                    headers -> headers.setAllow(Set.of(HttpMethod.POST)));
        }
        return execute(request, resolved, operationName, variables, extensions, false,
                publicAnswers.isPublic(request));
    }

    public ServerResponse otherMethod(ServerRequest request) {
        if (request.method().equals(HttpMethod.OPTIONS)) {
            return ServerResponse.noContent().headers(headers -> headers.setAllow(Set.of(HttpMethod.GET, HttpMethod.POST))).build();
        }
        return refuse(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                "%s is not supported here: send queries with GET or POST and mutations with POST.".formatted(request.method()),
                headers -> headers.setAllow(Set.of(HttpMethod.GET, HttpMethod.POST)));
    }

    private ServerResponse execute(ServerRequest request, PersistedQueryLookup.Resolution resolved, Object operationName, Object variables,
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

    private ServerResponse publicAnswer(ServerRequest request, WebGraphQlResponse response) {
        MediaType type = responseType(request);
        PublicAnswers.withRetryAfter(response);
        return publicAnswers.answer(request, response, selectResponseStatus(response, type), type);
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
            response.getResponseHeaders().setCacheControl(PublicAnswers.PRIVATE);
            return PublicAnswers.withRetryAfter(response);
        }));
    }

    private static final String RETRY_LATER_RATE = "RATE_LIMITED";
    private static final String RETRY_LATER_DATABASE = "SERVICE_UNAVAILABLE";

    private static Set<Object> errorCodes(WebGraphQlResponse response) {
        return response.getErrors().stream().map(error -> error.getExtensions().get("code"))
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /**
     * Ids only tell requests apart in logs and traces; {@code UUID.randomUUID()} draws from the shared SecureRandom,
     * whose lock every request thread then queues on.
     */
    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
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
