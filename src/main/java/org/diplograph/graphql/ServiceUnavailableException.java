package org.diplograph.graphql;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/**
 * The request could not be served because something it needs (the database) cannot be reached right now. Not the
 * client's fault and not a bug: a retryable error with its own classification and code, SERVICE_UNAVAILABLE (HTTP 503
 * under {@code application/graphql-response+json}), and a retry time.
 */
public class ServiceUnavailableException extends RuntimeException {

    public static final ErrorClassification SERVICE_UNAVAILABLE = ErrorClassification.errorClassification("SERVICE_UNAVAILABLE");
    private static final int RETRY_AFTER_SECONDS = 5;

    public ServiceUnavailableException(Throwable cause) {
        super("The database cannot be reached", cause);
    }

    /** The error a client gets, with nothing of the underlying failure's message. */
    public static GraphQLError error(GraphqlErrorBuilder<?> builder) {
        return builder.errorType(SERVICE_UNAVAILABLE)
                .message("The database cannot be reached right now; nothing was changed. Retry in a few seconds.")
                .extensions(Map.of("code", "SERVICE_UNAVAILABLE", "retryAfterSeconds", RETRY_AFTER_SECONDS)).build();
    }
}
