package org.diplograph.action;

import org.diplograph.graphql.OrderDirection;

/** How a client asked actions to be sorted. */
public record ActionOrder(ActionOrderField field, OrderDirection direction) {

    public enum ActionOrderField {
        OCCURRED_ON, INTENSITY
    }

    public boolean descending() {
        return direction == OrderDirection.DESC;
    }
}
