package org.diplograph.sql;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.diplograph.graphql.execution.Limit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * A statement the database cancelled at the request timeout (the jOOQ query timeout, DatabaseConfiguration) is the
 * client's TIMEOUT, not an internal error. Consulted before the general error resolver, which knows nothing of SQL.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StatementTimeouts extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        return timedOut(ex) ? refusal(GraphqlErrorBuilder.newError(env)) : null;
    }

    public static GraphQLError refusal(GraphqlErrorBuilder<?> builder) {
        return builder.errorType(ErrorType.BAD_REQUEST)
                .message("A database query ran past the request's time limit; ask for less.")
                .extensions(Map.of("code", Limit.TIMEOUT.code())).build();
    }

    /** JDBC drivers report a statement cancelled by its query timeout with SQLState 57014 (query_canceled). */
    public static boolean timedOut(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTimeoutException
                    || cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
