package org.diplograph.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container answers when no handler does (an unknown path, a method or media type no route takes, a
 * failure before Spring MVC): a GraphQL-shaped error with a stable code and the status the container chose, never an
 * HTML page, a stack trace or a 500 for a request that did nothing wrong. {@code /error} asked for directly is a path
 * like any other that serves nothing: 404.
 */
@Controller
@ConditionalOnWebApplication
class ErrorAnswers implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    @RequestMapping(path = "/error", produces = MediaType.ALL_VALUE)
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number && HttpStatus.resolve(number) != null
                ? HttpStatus.valueOf(number) : HttpStatus.NOT_FOUND;
        if (status.is5xxServerError()) {
            // The container chose a server error (an exception, an asynchronous request no one completed): the client
            // is told nothing of it, so the log must say what happened.
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            LOG.warn("HTTP {} for {} {} (dispatch {}): {}", status.value(), request.getMethod(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), request.getDispatcherType(),
                    failure == null ? "no exception reported" : failure, failure instanceof Throwable t ? t : null);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "private, no-store").body(body(status));
    }

    /** How each status the container may choose is told to a client: classification, code and message. */
    private record Told(String classification, String code, String message) {
    }

    private static final Map<HttpStatus, Told> TOLD = Map.of(
            HttpStatus.NOT_FOUND, new Told("NOT_FOUND", "NOT_FOUND",
                    "Nothing is served at this path: the API is at /graphql, its explorer at /graphiql."),
            HttpStatus.METHOD_NOT_ALLOWED, new Told("BAD_REQUEST", "METHOD_NOT_ALLOWED",
                    "This method is not supported at this path."),
            HttpStatus.NOT_ACCEPTABLE, new Told("BAD_REQUEST", "NOT_ACCEPTABLE",
                    "No representation of this resource matches the Accept header."),
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, new Told("BAD_REQUEST", "UNSUPPORTED_MEDIA_TYPE",
                    "This path does not take a body of this content type."),
            HttpStatus.CONTENT_TOO_LARGE, new Told("BAD_REQUEST", "MAX_REQUEST_SIZE_EXCEEDED",
                    "The request is larger than this server accepts."),
            HttpStatus.REQUEST_TIMEOUT, new Told("BAD_REQUEST", "REQUEST_TIMEOUT", "The request was not received in time."),
            HttpStatus.UNAUTHORIZED, new Told("UNAUTHORIZED", "UNAUTHORIZED", "This needs an API key."),
            HttpStatus.FORBIDDEN, new Told("FORBIDDEN", "FORBIDDEN", "This API key may not do this."),
            HttpStatus.TOO_MANY_REQUESTS, new Told("RATE_LIMITED", "RATE_LIMITED", "Too many requests: retry later."),
            HttpStatus.SERVICE_UNAVAILABLE, new Told("SERVICE_UNAVAILABLE", "SERVICE_UNAVAILABLE",
                    "The server cannot answer now: retry later."));

    static Map<String, Object> body(HttpStatus status) {
        Told told = TOLD.getOrDefault(status, status.is4xxClientError()
                ? new Told("BAD_REQUEST", "INVALID_REQUEST", "The request is malformed (HTTP %d).".formatted(status.value()))
                : new Told("INTERNAL_ERROR", "INTERNAL_ERROR",
                        "The server could not answer this request (HTTP %d).".formatted(status.value())));
        return EdgeRefusals.body(told.classification(), told.code(), told.message());
    }
}
