package org.diplograph.graphql;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.ErrorType;

/**
 * Which transports can carry a subscription. A subscription is a stream of events; a transport that answers with one
 * JSON document (POST or GET without {@code Accept: text/event-stream}) marks its requests, and execution refuses a
 * subscription sent that way with an error that names the transports that do carry it.
 */
public final class SubscriptionTransports {

    public static final String ADVICE = "Subscriptions are streams: open a WebSocket to /graphql (graphql-transport-ws) or "
            + "POST with 'Accept: text/event-stream' (Server-Sent Events).";

    private static final String SINGLE_RESPONSE = SubscriptionTransports.class.getName() + ".singleResponse";

    private SubscriptionTransports() {
    }

    /** Marks a request whose transport answers with a single response. */
    public static void markSingleResponse(GraphQLContext.Builder context) {
        context.of(SINGLE_RESPONSE, Boolean.TRUE);
    }

    public static boolean answersOnce(GraphQLContext context) {
        return Boolean.TRUE.equals(context.get(SINGLE_RESPONSE));
    }

    public static List<GraphQLError> refusal() {
        return List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(ADVICE)
                .extensions(Map.of("code", "SUBSCRIPTION_NEEDS_STREAM")).build());
    }
}
