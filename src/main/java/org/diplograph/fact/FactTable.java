package org.diplograph.fact;

import org.jooq.Field;
import org.jooq.Table;

/** A table of facts of one type: its row id and provenance columns, for versioned updates. */
public record FactTable(FactType type, Table<?> table, Field<Long> id, ProvenanceColumns provenance) {
}
