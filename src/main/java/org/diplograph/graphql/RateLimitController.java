package org.diplograph.graphql;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.rateLimit}: the figures the request itself spent, read from its context. */
@Controller
class RateLimitController {

    @QueryMapping
    RateLimit rateLimit(GraphQLContext context) {
        RateBudgets.Spend spend = context.get(RateBudgets.Spend.class);
        return spend == null ? null : RateLimit.of(spend);
    }
}
