package org.diplograph.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns every exception a resolver throws into a classified GraphQL error. Clients see a message written for them and
 * never a stack trace, SQL, class name or file path; an unexpected failure is logged under an id the client also gets,
 * so a report can be matched to the log.
 */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrorResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidInputException invalid) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            if (invalid.argument() != null) {
                extensions.put("argument", invalid.argument());
            }
            return error(env, ErrorType.BAD_REQUEST, invalid.getMessage(), extensions);
        }
        if (ex instanceof NotFoundException notFound) {
            return error(env, ErrorType.NOT_FOUND, notFound.getMessage(), Map.of());
        }
        String errorId = UUID.randomUUID().toString();
        log.error("Internal error {} while resolving {}", errorId, env.getExecutionStepInfo().getPath(), ex);
        return error(env, ErrorType.INTERNAL_ERROR,
                "Internal error; quote id %s when reporting it.".formatted(errorId), Map.of("errorId", errorId));
    }

    static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message, Map<String, Object> extra) {
        Map<String, Object> extensions = new LinkedHashMap<>(extra);
        extensions.put("code", type.name());
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
    }
}
