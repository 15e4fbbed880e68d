package org.diplograph.graphql;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.stereotype.Component;

/** Reads a connection field's Relay arguments and whether the client selected its total count. */
@Component
public class Paging {

    private final PaginationProperties limits;

    public Paging(PaginationProperties limits) {
        this.limits = limits;
    }

    public PageRequest request(DataFetchingEnvironment env) {
        return PageRequest.of(env.getArgument("first"), env.getArgument("after"), env.getArgument("last"),
                env.getArgument("before"), env.getField().getName(), limits);
    }

    /** Counting every page's full set costs a query; only pay it when the client asked for {@code totalCount}. */
    public static boolean wantsTotal(DataFetchingEnvironment env) {
        return env.getSelectionSet().contains("totalCount");
    }
}
