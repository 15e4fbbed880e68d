package org.diplograph.sql;

import java.util.List;

import org.jooq.Field;

/**
 * A sort order that keyset pagination can resume: sort keys in one direction, together unique (the last ones are row
 * ids). Only the first key may be nullable; rows where it is null (an unknown date, say) always come last, whichever
 * the direction, so "newest first" never opens with the undated.
 *
 * @param name          identifies the ordering inside cursors, so a cursor from another ordering is refused
 * @param keys          sort keys, most significant first
 * @param descending    direction of every key
 * @param firstNullable whether the first key may be null
 */
public record Ordering(String name, List<Field<?>> keys, boolean descending, boolean firstNullable) {

    public Ordering {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("An ordering needs at least one key");
        }
    }

    public static Ordering of(String name, boolean descending, Field<?>... keys) {
        return new Ordering(name, List.of(keys), descending, false);
    }

    public static Ordering nullableFirst(String name, boolean descending, Field<?>... keys) {
        return new Ordering(name + (descending ? ".desc" : ".asc"), List.of(keys), descending, true);
    }

    /** The cursor name, carrying the direction so an ascending cursor cannot resume a descending list. */
    String cursorName() {
        return firstNullable || name.endsWith(".asc") || name.endsWith(".desc")
                ? name : name + (descending ? ".desc" : ".asc");
    }
}
