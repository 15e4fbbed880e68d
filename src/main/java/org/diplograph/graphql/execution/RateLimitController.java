package org.diplograph.graphql.execution;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.rateLimit}: the figures the request itself spent, read from its context. They are the caller's own, so
 * an answer that holds them is never cacheable for others ({@link RateBudgets#CALLER_SPECIFIC}).
 */
@Controller
public class RateLimitController {

    @QueryMapping
    public RateLimit rateLimit(GraphQLContext context) {
        context.put(RateBudgets.CALLER_SPECIFIC, Boolean.TRUE);
        RateBudgets.Spend spend = context.get(RateBudgets.Spend.class);
        return spend == null ? null : RateLimit.of(spend);
    }
}
