package org.diplograph.graphql.execution;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.IntrospectionDisabledError;
import graphql.schema.DataFetchingEnvironment;
import org.diplograph.graphql.InvalidInputException;
import org.diplograph.graphql.NotFoundException;
import org.diplograph.graphql.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns every exception a resolver throws into a classified GraphQL error. Clients see a message written for them and
 * never a stack trace, SQL, class name or file path; an unexpected failure is logged under an id the client also gets,
 * so a report can be matched to the log.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrorResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        return resolve(ex, GraphqlErrorBuilder.newError(env), String.valueOf(env.getExecutionStepInfo().getPath()));
    }

    /** The same mapping for errors a subscription's stream ends with (they have no field path to report). */
    @Component
    public static class ForSubscriptions extends SubscriptionExceptionResolverAdapter {
        @Override
        protected GraphQLError resolveToSingleError(Throwable ex) {
            return resolve(ex, GraphqlErrorBuilder.newError(), "subscription");
        }
    }

    public static GraphQLError resolve(Throwable ex, GraphqlErrorBuilder<?> builder, String where) {
        if (ex instanceof LimitExceededException exceeded) {
            return exceeded.limit().refusal(builder, exceeded.actual(), exceeded.maximum());
        }
        if (ex instanceof InvalidInputException invalid) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            if (invalid.argument() != null) {
                extensions.put("argument", invalid.argument());
            }
            extensions.put("code", invalid.code());
            return error(builder, ErrorType.BAD_REQUEST, invalid.getMessage(), extensions);
        }
        if (ex instanceof ServiceUnavailableException) {
            return ServiceUnavailableException.error(builder);
        }
        if (ex instanceof NotFoundException notFound) {
            return error(builder, ErrorType.NOT_FOUND, notFound.getMessage(), Map.of());
        }
        if (ex instanceof AuthenticationException || ex instanceof AccessDeniedException) {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            boolean anonymous = caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated();
            return anonymous
                    ? error(builder, ErrorType.UNAUTHORIZED,
                            "This operation needs an API key: send 'Authorization: Bearer <key>'.", Map.of())
                    : error(builder, ErrorType.FORBIDDEN,
                            "The API key '%s' may not do this: it needs write scope.".formatted(caller.getName()), Map.of());
        }
        String errorId = UUID.randomUUID().toString();
        log.error("Internal error {} while resolving {}", errorId, where, ex);
        return error(builder, ErrorType.INTERNAL_ERROR,
                "Internal error; quote id %s when reporting it.".formatted(errorId), Map.of("errorId", errorId));
    }

    /**
     * graphql-java's own errors, raised before any resolver runs, as BAD_REQUEST with a stable code: a document that
     * does not parse, does not validate against the schema, whose variables do not fit their declared types, or that
     * asks for the schema while introspection is switched off.
     */
    public static GraphQLError classified(GraphQLError error) {
        if (error instanceof IntrospectionDisabledError) {
            return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                    .message("Introspection is switched off on this server (DIPLOGRAPH_INTROSPECTION_ENABLED=false).")
                    .locations(error.getLocations()).extensions(Map.of("code", "INTROSPECTION_DISABLED")).build();
        }
        if (error.getErrorType() instanceof ErrorType springType) {
            // Spring's and this API's own classifications: every error carries a code, the classification at least.
            return error.getExtensions() != null && error.getExtensions().get("code") != null ? error
                    : reclassified(error, springType, springType.name());
        }
        if (error.getErrorType() == RateCharges.RATE_LIMITED
                || error.getErrorType() == ServiceUnavailableException.SERVICE_UNAVAILABLE) {
            // This API's own retry-later classifications, with their codes.
            return error;
        }
        if (error.getErrorType() instanceof graphql.ErrorType graphQlJavaType) {
            return switch (graphQlJavaType) {
                case InvalidSyntax -> reclassified(error, ErrorType.BAD_REQUEST, "GRAPHQL_PARSE_FAILED");
                case ValidationError -> reclassified(error, ErrorType.BAD_REQUEST, "GRAPHQL_VALIDATION_FAILED");
                case OperationNotSupported -> reclassified(error, ErrorType.BAD_REQUEST, "OPERATION_NOT_SUPPORTED");
                case ExecutionAborted -> reclassified(error, ErrorType.BAD_REQUEST, "EXECUTION_ABORTED");
                // A non-null field left null, a failure no resolver handled: the server's fault, never the client's.
                case NullValueInNonNullableField, DataFetchingException -> internal(error);
            };
        }
        if (BAD_FAITH_INTROSPECTION.equals(String.valueOf(error.getErrorType()))) {
            // graphql-java's guard against introspection that asks for the schema many times over in one request.
            return reclassified(error, ErrorType.BAD_REQUEST, "INTROSPECTION_TOO_LARGE");
        }
        return internal(error);
    }

    /** The classification graphql-java gives a request that repeats introspection fields, as its guard names it. */
    private static final String BAD_FAITH_INTROSPECTION = "BadFaithIntrospection";

    private static GraphQLError reclassified(GraphQLError error, ErrorType type, String code) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.putIfAbsent("code", code);
        return GraphqlErrorBuilder.newError().errorType(type).message(error.getMessage())
                .locations(error.getLocations()).path(error.getPath()).extensions(extensions).build();
    }

    private static GraphQLError internal(GraphQLError error) {
        String errorId = UUID.randomUUID().toString();
        log.error("Internal error {}: {} ({})", errorId, error.getMessage(), error.getErrorType());
        return GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error; quote id %s when reporting it.".formatted(errorId))
                .path(error.getPath()).extensions(Map.of("code", ErrorType.INTERNAL_ERROR.name(), "errorId", errorId))
                .build();
    }

    private static GraphQLError error(GraphqlErrorBuilder<?> builder, ErrorType type, String message,
                                      Map<String, Object> extra) {
        Map<String, Object> extensions = new LinkedHashMap<>(extra);
        extensions.putIfAbsent("code", type.name());
        return builder.errorType(type).message(message).extensions(extensions).build();
    }
}
