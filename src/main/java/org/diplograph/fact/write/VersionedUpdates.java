package org.diplograph.fact.write;

import java.util.Map;

import org.diplograph.fact.Change;
import org.diplograph.fact.FactTable;
import org.diplograph.fact.ProvenanceColumns;
import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.UserErrorCode;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Optimistic concurrency for corrections and retractions: an update applies only to the version the writer read, so
 * of two concurrent edits the second is refused (STALE_VERSION) instead of silently overwriting the first.
 */
@Repository
public class VersionedUpdates {

    private final DSLContext dsl;

    public VersionedUpdates(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Applies the changes and moves the fact to the next version, if it is still at {@code expectedVersion} and not
     * retracted; otherwise records why not and returns false.
     */
    public boolean update(FactTable facts, long key, int expectedVersion, Map<Field<?>, Object> changes, Change change,
                          InputProblems problems) {
        ProvenanceColumns provenance = facts.provenance();
        int updated = dsl.update(facts.table())
                .set(changes)
                .set(provenance.version(), provenance.version().plus(1))
                .set(provenance.updatedAt(), change.at())
                .set(provenance.updatedBy(), change.by())
                .where(facts.id().eq(key))
                .and(provenance.version().eq(expectedVersion))
                .and(provenance.retractedAt().isNull())
                .execute();
        return updated == 1 || explainRefusal(facts, key, expectedVersion, problems);
    }

    /** Retracts the fact, if it is still at {@code expectedVersion} and not already retracted. */
    public boolean retract(FactTable facts, long key, int expectedVersion, Change change, String reason,
                           InputProblems problems) {
        ProvenanceColumns provenance = facts.provenance();
        int updated = dsl.update(facts.table())
                .set(provenance.version(), provenance.version().plus(1))
                .set(provenance.updatedAt(), change.at())
                .set(provenance.updatedBy(), change.by())
                .set(provenance.retractedAt(), change.at())
                .set(provenance.retractedBy(), change.by())
                .set(provenance.retractionReason(), reason)
                .where(facts.id().eq(key))
                .and(provenance.version().eq(expectedVersion))
                .and(provenance.retractedAt().isNull())
                .execute();
        return updated == 1 || explainRefusal(facts, key, expectedVersion, problems);
    }

    private boolean explainRefusal(FactTable facts, long key, int expectedVersion, InputProblems problems) {
        ProvenanceColumns provenance = facts.provenance();
        Record current = dsl.select(provenance.version(), provenance.retractedAt(), provenance.updatedBy(),
                        provenance.updatedAt())
                .from(facts.table()).where(facts.id().eq(key)).fetchOne();
        if (current == null) {
            problems.add(UserErrorCode.NOT_FOUND, "No %s has that id.".formatted(facts.type()), "id");
        } else if (current.get(provenance.retractedAt()) != null) {
            problems.add(UserErrorCode.RETRACTED, "This %s is retracted; retracted facts cannot change."
                    .formatted(facts.type()), "id");
        } else {
            problems.add(UserErrorCode.STALE_VERSION, ("Version %d is stale: the fact is at version %d since %s changed "
                    + "it at %s. Reload it and retry.").formatted(expectedVersion, current.get(provenance.version()),
                    current.get(provenance.updatedBy()), current.get(provenance.updatedAt())), "expectedVersion");
        }
        return false;
    }
}
