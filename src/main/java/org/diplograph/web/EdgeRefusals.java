package org.diplograph.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.diplograph.graphql.ServiceUnavailableException;
import org.diplograph.graphql.execution.RateBudgets;
import org.diplograph.graphql.execution.RateCharges;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals of the HTTP request itself (wrong method, media type or body; an API key that is not valid), shaped as
 * GraphQL responses so clients need only one error path, and charged like every request: one point from the client's
 * budget. A client over its budget is told RATE_LIMITED (429) instead, so refused requests are no free way to keep a
 * server busy, or to guess API keys.
 */
@Component
public class EdgeRefusals {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.APPLICATION_GRAPHQL_RESPONSE;
    private static final long POINTS = 1;

    private final RateCharges charges;
    private final JsonMapper json;

    public EdgeRefusals(RateCharges charges, JsonMapper json) {
        this.charges = charges;
        this.json = json;
    }

    /** A refusal of the request, or RATE_LIMITED when its client has no point left to pay for it. */
    public ServerResponse refuse(ServerRequest request, HttpStatus status, String code, String message,
                          Consumer<HttpHeaders> headers) {
        RateBudgets.Spend spend = charge(ClientIdentity.client(SecurityContextHolder.getContext().getAuthentication(),
                request.servletRequest().getRemoteAddr()));
        if (spend != null && !spend.allowed()) {
            return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(RateCharges.retryAfterSeconds(spend)))
                    .contentType(responseType(request)).body(rateLimited(spend));
        }
        return ServerResponse.status(status).headers(headers).contentType(responseType(request))
                .body(body("BAD_REQUEST", code, message));
    }

    /** The answer to a request whose API key is not valid: 401, or 429 once the address has spent its budget. */
    public void refuseKey(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refuseUnauthenticated(request, response, "The API key is not valid.");
    }

    /** The answer to a request for something that needs a key, sent without one. */
    public void refuseMissingKey(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refuseUnauthenticated(request, response, "This endpoint needs an API key, of read or write scope: send "
                + "'Authorization: Bearer <key>' or 'X-API-Key: <key>'.");
    }

    private void refuseUnauthenticated(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        RateBudgets.Spend spend = charge(ClientIdentity.client((Authentication) null, request.getRemoteAddr()));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader("Cache-Control", "private, no-store");
        if (spend != null && !spend.allowed()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RateCharges.retryAfterSeconds(spend)));
            response.getOutputStream().write(json.writeValueAsBytes(rateLimited(spend)));
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.getOutputStream().write(json.writeValueAsBytes(body("UNAUTHORIZED", "UNAUTHORIZED", message)));
    }

    private RateBudgets.Spend charge(String client) {
        try {
            return charges.charge(client, POINTS);
        } catch (ServiceUnavailableException unreachable) {
            // Without the budget's database the refusal still stands; it is only not counted.
            return null;
        }
    }

    private static Map<String, Object> rateLimited(RateBudgets.Spend spend) {
        var error = RateCharges.rateLimited(spend);
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
        extensions.put("classification", "RATE_LIMITED");
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("message", error.getMessage());
        shaped.put("extensions", extensions);
        return Map.of("errors", List.of(shaped));
    }

    public static Map<String, Object> body(String classification, String code, String message) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("classification", classification);
        extensions.put("code", code);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        return Map.of("errors", List.of(error));
    }

    public static MediaType responseType(ServerRequest request) {
        try {
            return request.headers().accept().stream().anyMatch(GRAPHQL_RESPONSE::equalsTypeAndSubtype)
                    ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
        } catch (InvalidMediaTypeException unreadable) {
            return MediaType.APPLICATION_JSON;
        }
    }
}
