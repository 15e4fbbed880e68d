package org.diplograph.graphql;

import java.util.List;

/**
 * A Relay cursor connection: a page of edges, paging information and, when the client selected it, the total count of
 * items across all pages.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {

    public record Edge<T>(T node, String cursor) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** The nodes of the edges, for clients that need no cursors (GitHub's {@code nodes} shortcut). */
    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }
}
