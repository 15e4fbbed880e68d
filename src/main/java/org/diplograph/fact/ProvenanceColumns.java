package org.diplograph.fact;

import static org.diplograph.sql.TableColumns.named;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The provenance columns every fact table carries (migration V8), read as one {@link Provenance}. */
public record ProvenanceColumns(Field<Integer> version, Field<OffsetDateTime> createdAt, Field<String> createdBy,
                                Field<OffsetDateTime> updatedAt, Field<String> updatedBy,
                                Field<OffsetDateTime> retractedAt, Field<String> retractedBy,
                                Field<String> retractionReason) {

    /**
     * The provenance columns of a fact table, which every migration names alike ({@code version}, {@code created_at}
     * ... {@code retraction_reason}): found by name on the generated table, so that no table's list is written out.
     */
    public static ProvenanceColumns of(Table<?> table) {
        return new ProvenanceColumns(named(table, "version", Integer.class),
                named(table, "created_at", OffsetDateTime.class), named(table, "created_by", String.class),
                named(table, "updated_at", OffsetDateTime.class), named(table, "updated_by", String.class),
                named(table, "retracted_at", OffsetDateTime.class), named(table, "retracted_by", String.class),
                named(table, "retraction_reason", String.class));
    }

    /** A fact table's columns to read: the given ones, then these provenance columns. */
    @SafeVarargs
    public final List<Field<?>> after(List<? extends Field<?>>... columns) {
        List<Field<?>> all = new ArrayList<>();
        for (List<? extends Field<?>> part : columns) {
            all.addAll(part);
        }
        all.addAll(fields());
        return List.copyOf(all);
    }

    public List<Field<?>> fields() {
        return List.of(version, createdAt, createdBy, updatedAt, updatedBy, retractedAt, retractedBy, retractionReason);
    }

    /** The fact is not retracted: what default reads show. */
    public Condition live() {
        return retractedAt.isNull();
    }

    /** {@link #live()} unless the client asked to include retracted facts. */
    public Condition liveUnless(boolean includeRetracted) {
        return includeRetracted ? DSL.noCondition() : live();
    }

    public Provenance read(Record row) {
        Change updated = row.get(updatedAt) == null ? null : new Change(row.get(updatedBy), row.get(updatedAt));
        Retraction retraction = row.get(retractedAt) == null ? null
                : new Retraction(row.get(retractedBy), row.get(retractedAt), row.get(retractionReason));
        return new Provenance(row.get(version), new Change(row.get(createdBy), row.get(createdAt)), updated, retraction);
    }
}
