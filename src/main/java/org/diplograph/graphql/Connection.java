package org.diplograph.graphql;

import java.util.List;

/**
 * A Relay cursor connection: a page of edges, paging information and, when the client selected it, the total count of
 * items across all pages.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {

    /**
     * One item and its place in the ordering. The opaque cursor string is only built when a client selects it: most
     * page requests read {@code node} alone, and encoding every edge's cursor showed up in profiles.
     */
    public record Edge<T>(T node, Cursor position) {

        public String cursor() {
            return position.encode();
        }

        public <U> Edge<U> withNode(U replacement) {
            return new Edge<>(replacement, position);
        }
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** The same page with a total counted elsewhere (e.g. read from a roll-up instead of counting rows). */
    public Connection<T> withTotalCount(int total) {
        return new Connection<>(edges, pageInfo, total);
    }

    /** The nodes of the edges, for clients that need no cursors (GitHub's {@code nodes} shortcut). */
    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }
}
