package org.diplograph.fact;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fact's snapshot for its revisions: its fields in the order given, as JSON-ready values (an enum by its name,
 * references by global id), nulls kept, so that two snapshots of one fact compare field by field.
 */
public final class Snapshot {

    private Snapshot() {
    }

    /** The snapshot of alternating field names and values: {@code of("id", id, "kind", kind, …)}. */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("A snapshot is built of name and value pairs");
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            snapshot.put((String) namesAndValues[i], value instanceof Enum<?> constant ? constant.name() : value);
        }
        return snapshot;
    }
}
