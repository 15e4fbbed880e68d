package org.diplograph.web.endpoint;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.diplograph.graphql.execution.RateBudgets;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers to GETs without credentials, which are the same for everyone who asks, so browsers and CDNs may keep them:
 * a strong ETag (a digest of the data) and the configured max-age; a client that sends the ETag back in If-None-Match
 * gets 304 when the answer is unchanged, which spends the query but not the bandwidth (nor the writing of the whole
 * answer). An answer with errors, or one that depends on its caller, is never kept.
 */
public final class PublicAnswers {

    public static final String PRIVATE = "private, no-store";

    private final JsonMapper json;
    private final HttpCachingProperties caching;

    public PublicAnswers(JsonMapper json, HttpCachingProperties caching) {
        this.json = json;
        this.caching = caching;
    }

    /** Whether a GET's answer may be public: caching is on and the request carries no credentials. */
    public boolean isPublic(ServerRequest request) {
        return !caching.publicMaxAge().isZero() && request.headers().firstHeader(HttpHeaders.AUTHORIZATION) == null
                && request.headers().firstHeader("X-API-Key") == null;
    }

    public ServerResponse answer(ServerRequest request, WebGraphQlResponse response, HttpStatus status, MediaType type) {
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
        String etag = "\"" + PersistedQueryLookup.sha256(json.writeValueAsBytes(data)).substring(0, 32) + "\"";
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
     * The Retry-After header of an answer refused for a while (a rate budget spent, the database out of reach), from
     * the largest {@code retryAfterSeconds} its errors give, for whichever answer, public or not.
     */
    public static WebGraphQlResponse withRetryAfter(WebGraphQlResponse response) {
        long retryAfter = response.getErrors().stream().map(error -> error.getExtensions().get("retryAfterSeconds"))
                .filter(Number.class::isInstance).mapToLong(seconds -> ((Number) seconds).longValue()).max().orElse(-1);
        if (retryAfter > 0) {
            response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        }
        return response;
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
}
