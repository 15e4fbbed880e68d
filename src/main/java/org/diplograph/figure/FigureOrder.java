package org.diplograph.figure;

import org.diplograph.graphql.OrderDirection;

/** A client's ordering of figures: by quantity, largest first when descending. */
public record FigureOrder(FigureOrderField field, OrderDirection direction) {

    boolean descending() {
        return direction == OrderDirection.DESC;
    }
}
