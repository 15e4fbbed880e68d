package org.diplograph.web.endpoint;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.graphql.execution.Limit;
import org.diplograph.graphql.execution.LimitsProperties;
import org.diplograph.web.EdgeRefusals;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a POSTed GraphQL request, read and checked before anything runs: JSON by its content type, within the
 * size limit and the body deadline, one JSON object (no batch) of the request's parameters and no others. Each way a
 * body can be wrong is a 4xx whose body is a GraphQL error with a stable code.
 */
public final class PostedRequests {

    /** The parameters a GraphQL request over HTTP has. */
    public static final Set<String> PARAMETERS = Set.of("query", "operationName", "variables", "extensions");

    /** The request's parameters, or the refusal of its body. */
    public record Posted(Map<?, ?> parameters, ServerResponse refusal) {
    }

    private final LimitsProperties limits;
    private final JsonMapper json;
    private final RequestBodies bodies;
    private final EdgeRefusals refusals;

    public PostedRequests(LimitsProperties limits, JsonMapper json, RequestBodies bodies, EdgeRefusals refusals) {
        this.limits = limits;
        this.json = json;
        this.bodies = bodies;
        this.refusals = refusals;
    }

    public Posted read(ServerRequest request) throws IOException {
        MediaType contentType;
        try {
            contentType = request.headers().contentType().orElse(null);
        } catch (InvalidMediaTypeException unreadable) {
            contentType = null;
        }
        if (contentType == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(contentType)) {
            String given = contentType == null ? "" : " (not " + contentType.getType() + "/" + contentType.getSubtype() + ")";
            return refused(refusals.refuse(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                    "Send the GraphQL request as a JSON object with 'Content-Type: application/json'%s.".formatted(given),
                    headers -> headers.setAccept(List.of(MediaType.APPLICATION_JSON))));
        }
        long declaredLength = request.headers().contentLength().orElse(-1);
        if (declaredLength > limits.maxRequestBytes()) {
            return refused(tooLarge(request, declaredLength));
        }
        byte[] body;
        try {
            body = bodies.read(request.servletRequest().getInputStream(), limits.maxRequestBytes());
        } catch (RequestBodies.TooSlow tooSlow) {
            return refused(refusals.refuse(request, HttpStatus.REQUEST_TIMEOUT, "REQUEST_TIMEOUT", "The request body did "
                    + "not arrive in time: send it whole, at once.", headers -> headers.setConnection("close")));
        }
        if (body.length > limits.maxRequestBytes()) {
            return refused(tooLarge(request, -1));
        }
        if (body.length == 0) {
            return refused(invalid(request, "The request body is empty: send a JSON object with a 'query'."));
        }
        Object parsed;
        try {
            parsed = json.readValue(body, Object.class);
        } catch (JacksonException malformed) {
            String where = malformed.getLocation() == null ? "" : " (line %d, column %d)".formatted(
                    malformed.getLocation().getLineNr(), malformed.getLocation().getColumnNr());
            return refused(refusals.refuse(request, HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
                    "The request body is not valid JSON" + where + ".", headers -> { }));
        }
        if (parsed instanceof List<?>) {
            return refused(refusals.refuse(request, HttpStatus.BAD_REQUEST, "BATCHING_NOT_SUPPORTED",
                    "Batched requests (a JSON array) are not supported: send one operation per request.", headers -> { }));
        }
        if (!(parsed instanceof Map<?, ?> parameters)) {
            return refused(invalid(request, "The request body must be a JSON object with a 'query'."));
        }
        for (Object name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                return refused(invalid(request, "Unknown request parameter '%s': a GraphQL request has query, "
                        .formatted(name) + "operationName, variables and extensions."));
            }
        }
        return new Posted(parameters, null);
    }

    private static Posted refused(ServerResponse refusal) {
        return new Posted(null, refusal);
    }

    private ServerResponse tooLarge(ServerRequest request, long bytes) {
        String message = bytes > 0
                ? Limit.REQUEST_SIZE.message(bytes, limits.maxRequestBytes())
                : "The request body is larger than the limit of %,d bytes.".formatted(limits.maxRequestBytes());
        return refusals.refuse(request, HttpStatus.CONTENT_TOO_LARGE, Limit.REQUEST_SIZE.code(), message, headers -> { });
    }

    private ServerResponse invalid(ServerRequest request, String message) {
        return refusals.refuse(request, HttpStatus.BAD_REQUEST, "INVALID_REQUEST", message, headers -> { });
    }
}
