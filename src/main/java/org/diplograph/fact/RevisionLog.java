package org.diplograph.fact;

import static org.diplograph.sql.schema.Tables.REVISION;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplograph.graphql.Connection;
import org.diplograph.graphql.PageRequest;
import org.diplograph.sql.KeysetPager;
import org.diplograph.sql.Ordering;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: writes a revision for every change, in the writer's transaction, and announces the change to
 * subscribers once that transaction has committed.
 */
@Repository
public class RevisionLog {
    /** The PostgreSQL channel on which every instance hears of committed revisions (payload: the revision's id). */
    public static final String CHANNEL = "diplograph_fact_changes";

    private static final List<Field<?>> FIELDS =
            List.of(REVISION.ID, REVISION.FACT_TYPE, REVISION.FACT_ID, REVISION.VERSION, REVISION.OPERATION, REVISION.CHANGED_AT, REVISION.CHANGED_BY, REVISION.REASON, REVISION.SNAPSHOT);
    private static final Ordering NEWEST_FIRST = Ordering.of("revision.changed", true, REVISION.CHANGED_AT, REVISION.ID);

    private final DSLContext dsl;
    private final KeysetPager pager;
    private final JsonMapper json;
    private final FactChanges changes;

    public RevisionLog(DSLContext dsl, KeysetPager pager, JsonMapper json, FactChanges changes) {
        this.dsl = dsl;
        this.pager = pager;
        this.json = json;
        this.changes = changes;
    }

    /**
     * Records the write of a fact (as it now stands) and its announcement. On PostgreSQL the announcement is a NOTIFY
     * in the same transaction: the database delivers it to every listening instance, this one included, only if and
     * when the transaction commits. On H2, which serves one process, it is handed to this server's feed after commit.
     */
    public void record(Fact fact, Operation operation, Change change, String reason, Involvement involvement) {
        long revision = dsl.insertInto(REVISION)
                .set(REVISION.FACT_TYPE, fact.factType().name())
                .set(REVISION.FACT_ID, fact.key())
                .set(REVISION.VERSION, fact.version())
                .set(REVISION.OPERATION, operation.name())
                .set(REVISION.CHANGED_AT, change.at())
                .set(REVISION.CHANGED_BY, change.by())
                .set(REVISION.REASON, reason)
                .set(REVISION.SNAPSHOT, json.writeValueAsString(fact.snapshot()))
                .set(REVISION.INVOLVED_COUNTRIES, String.join(",", involvement.countries()))
                .set(REVISION.INVOLVED_ACTORS, involvement.actors().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .returningResult(REVISION.ID).fetchOne(REVISION.ID);
        if (sharedByInstances()) {
            dsl.select(DSL.function("pg_notify", Object.class, DSL.val(CHANNEL), DSL.val(String.valueOf(revision))))
                    .fetch();
            return;
        }
        FactChange announced = new FactChange(revision, operation, fact, change, involvement);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                changes.publish(announced);
            }
        });
    }

    /** Whether several instances may share this database, so that changes must travel through it. */
    public boolean sharedByInstances() {
        return dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    /** A revision with the countries and actors its write involved, as the live feed replays it. */
    public record Logged(Revision revision, Involvement involvement) {
    }

    /** The revisions written after the one given, oldest first, at most {@code limit} of them. */
    public List<Logged> after(long revision, int limit) {
        return dsl.select(FIELDS).select(REVISION.INVOLVED_COUNTRIES, REVISION.INVOLVED_ACTORS).from(REVISION).where(REVISION.ID.gt(revision))
                .orderBy(REVISION.ID).limit(limit).fetch(RevisionLog::toLogged);
    }

    /** These revisions, in the order given, skipping any that does not exist. */
    public List<Logged> withKeys(Collection<Long> revisions) {
        Map<Long, Logged> found = dsl.select(FIELDS).select(REVISION.INVOLVED_COUNTRIES, REVISION.INVOLVED_ACTORS).from(REVISION)
                .where(REVISION.ID.in(revisions)).fetch(RevisionLog::toLogged).stream()
                .collect(Collectors.toMap(logged -> logged.revision().key(), logged -> logged));
        return revisions.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** How many revisions were written after the one given, counting no further than {@code atMost}. */
    public int countAfter(long revision, int atMost) {
        return dsl.fetchCount(dsl.select(REVISION.ID).from(REVISION).where(REVISION.ID.gt(revision)).limit(atMost));
    }

    /** The newest revision's id, or 0 when there is none. */
    public long newest() {
        Long newest = dsl.select(DSL.max(REVISION.ID)).from(REVISION).fetchOne(0, Long.class);
        return newest == null ? 0 : newest;
    }

    public Map<Long, List<Revision>> revisionsOf(FactType type, Collection<Long> factKeys) {
        return dsl.select(FIELDS).from(REVISION).where(REVISION.FACT_TYPE.eq(type.name())).and(REVISION.FACT_ID.in(factKeys))
                .orderBy(REVISION.FACT_ID, REVISION.VERSION)
                .fetch(RevisionLog::toRevision).stream().collect(Collectors.groupingBy(Revision::factKey));
    }

    public Connection<Revision> trail(String by, FactType type, PageRequest page, boolean withTotal) {
        Condition filter = DSL.noCondition();
        if (by != null) {
            filter = filter.and(REVISION.CHANGED_BY.eq(by));
        }
        if (type != null) {
            filter = filter.and(REVISION.FACT_TYPE.eq(type.name()));
        }
        return pager.page(KeysetPager.Query.root(REVISION, FIELDS, filter, NEWEST_FIRST, RevisionLog::toRevision),
                page, withTotal);
    }

    public Map<String, Object> parse(String snapshot) {
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = json.readValue(snapshot, Map.class);
        return parsed;
    }

    private static Logged toLogged(Record row) {
        String countries = row.get(REVISION.INVOLVED_COUNTRIES);
        String actors = row.get(REVISION.INVOLVED_ACTORS);
        return new Logged(toRevision(row), new Involvement(
                countries == null || countries.isEmpty() ? Set.of() : Set.of(countries.split(",")),
                actors == null || actors.isEmpty() ? Set.of()
                        : Arrays.stream(actors.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet())));
    }

    private static Revision toRevision(Record row) {
        return new Revision(row.get(REVISION.ID), FactType.valueOf(row.get(REVISION.FACT_TYPE)), row.get(REVISION.FACT_ID), row.get(REVISION.VERSION),
                Operation.valueOf(row.get(REVISION.OPERATION)), new Change(row.get(REVISION.CHANGED_BY), row.get(REVISION.CHANGED_AT)),
                row.get(REVISION.REASON), row.get(REVISION.SNAPSHOT));
    }
}
