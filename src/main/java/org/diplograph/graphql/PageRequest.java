package org.diplograph.graphql;

/**
 * One page of a connection as the client asked for it with Relay's {@code first/after} or {@code last/before}.
 *
 * @param size     how many edges to return
 * @param backward true for {@code last/before}: the page ends just before the cursor (or at the end of the list)
 * @param cursor   the decoded {@code after} or {@code before} cursor, or null to start from the edge of the list
 */
public record PageRequest(int size, boolean backward, Cursor cursor) {

    /** Validates Relay paging arguments; every misuse is a BAD_REQUEST naming the argument at fault. */
    public static PageRequest of(Integer first, String after, Integer last, String before, String connection,
                                 PaginationProperties limits) {
        if (first != null && last != null) {
            throw new InvalidInputException(
                    "Pass either 'first' or 'last' to the '%s' connection, not both.".formatted(connection), "last", "INVALID_PAGINATION");
        }
        if (after != null && before != null) {
            throw new InvalidInputException(
                    "Pass either 'after' or 'before' to the '%s' connection, not both.".formatted(connection), "before", "INVALID_PAGINATION");
        }
        if (last != null && after != null) {
            throw new InvalidInputException("'after' pages forward: combine it with 'first', not 'last'.", "after", "INVALID_PAGINATION");
        }
        if (first != null && before != null) {
            throw new InvalidInputException("'before' pages backward: combine it with 'last', not 'first'.", "before", "INVALID_PAGINATION");
        }
        boolean backward = last != null || before != null;
        Integer requested = backward ? last : first;
        String argument = backward ? "last" : "first";
        int size = requested == null ? limits.defaultPageSize() : requested;
        if (size < 0) {
            throw new InvalidInputException(
                    "'%s' on the '%s' connection cannot be negative (got %d).".formatted(argument, connection, size),
                    argument, "INVALID_PAGE_SIZE");
        }
        if (size > limits.maxPageSize()) {
            throw new InvalidInputException(
                    "Requesting %d records on the '%s' connection exceeds the '%s' limit of %d records."
                            .formatted(size, connection, argument, limits.maxPageSize()), argument, "MAX_PAGE_SIZE_EXCEEDED");
        }
        String cursorText = backward ? before : after;
        Cursor cursor = cursorText == null ? null : Cursor.decode(cursorText, backward ? "before" : "after");
        return new PageRequest(size, backward, cursor);
    }
}
