package org.diplograph.statement;

import org.diplograph.graphql.OrderDirection;

/** How a client asked statements to be sorted (by date, the only key). */
public record StatementOrder(StatementOrderField field, OrderDirection direction) {

    public enum StatementOrderField {
        SAID_ON
    }

    public boolean descending() {
        return direction == OrderDirection.DESC;
    }
}
