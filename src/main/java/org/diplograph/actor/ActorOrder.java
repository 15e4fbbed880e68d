package org.diplograph.actor;

import org.diplograph.graphql.OrderDirection;

/** How a client asked actors to be sorted (by name, the only key). */
public record ActorOrder(ActorOrderField field, OrderDirection direction) {

    public enum ActorOrderField {
        NAME
    }

    public boolean descending() {
        return direction == OrderDirection.DESC;
    }
}
