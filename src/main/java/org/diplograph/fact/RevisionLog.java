package org.diplograph.fact;

import java.time.OffsetDateTime;
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
import org.diplograph.sql.schema.Tables;
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

    static final org.diplograph.sql.schema.tables.Revision REVISION = Tables.REVISION;
    static final Field<Long> ID = REVISION.ID;
    static final Field<String> FACT_TYPE = REVISION.FACT_TYPE;
    static final Field<Long> FACT_ID = REVISION.FACT_ID;
    static final Field<Integer> VERSION = REVISION.VERSION;
    static final Field<String> OPERATION = REVISION.OPERATION;
    static final Field<OffsetDateTime> CHANGED_AT = REVISION.CHANGED_AT;
    static final Field<String> CHANGED_BY = REVISION.CHANGED_BY;
    static final Field<String> REASON = REVISION.REASON;
    static final Field<String> SNAPSHOT = REVISION.SNAPSHOT;
    static final Field<String> INVOLVED_COUNTRIES = REVISION.INVOLVED_COUNTRIES;
    static final Field<String> INVOLVED_ACTORS = REVISION.INVOLVED_ACTORS;
    /** The PostgreSQL channel on which every instance hears of committed revisions (payload: the revision's id). */
    public static final String CHANNEL = "diplograph_fact_changes";

    private static final List<Field<?>> FIELDS =
            List.of(ID, FACT_TYPE, FACT_ID, VERSION, OPERATION, CHANGED_AT, CHANGED_BY, REASON, SNAPSHOT);
    private static final Ordering NEWEST_FIRST = Ordering.of("revision.changed", true, CHANGED_AT, ID);

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
                .set(FACT_TYPE, fact.factType().name())
                .set(FACT_ID, fact.key())
                .set(VERSION, fact.version())
                .set(OPERATION, operation.name())
                .set(CHANGED_AT, change.at())
                .set(CHANGED_BY, change.by())
                .set(REASON, reason)
                .set(SNAPSHOT, json.writeValueAsString(fact.snapshot()))
                .set(INVOLVED_COUNTRIES, String.join(",", involvement.countries()))
                .set(INVOLVED_ACTORS, involvement.actors().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .returningResult(ID).fetchOne(ID);
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
        return dsl.select(FIELDS).select(INVOLVED_COUNTRIES, INVOLVED_ACTORS).from(REVISION).where(ID.gt(revision))
                .orderBy(ID).limit(limit).fetch(RevisionLog::toLogged);
    }

    /** These revisions, in the order given, skipping any that does not exist. */
    public List<Logged> withKeys(Collection<Long> revisions) {
        Map<Long, Logged> found = dsl.select(FIELDS).select(INVOLVED_COUNTRIES, INVOLVED_ACTORS).from(REVISION)
                .where(ID.in(revisions)).fetch(RevisionLog::toLogged).stream()
                .collect(Collectors.toMap(logged -> logged.revision().key(), logged -> logged));
        return revisions.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** How many revisions were written after the one given, counting no further than {@code atMost}. */
    public int countAfter(long revision, int atMost) {
        return dsl.fetchCount(dsl.select(ID).from(REVISION).where(ID.gt(revision)).limit(atMost));
    }

    /** The newest revision's id, or 0 when there is none. */
    public long newest() {
        Long newest = dsl.select(DSL.max(ID)).from(REVISION).fetchOne(0, Long.class);
        return newest == null ? 0 : newest;
    }

    public Map<Long, List<Revision>> revisionsOf(FactType type, Collection<Long> factKeys) {
        return dsl.select(FIELDS).from(REVISION).where(FACT_TYPE.eq(type.name())).and(FACT_ID.in(factKeys))
                .orderBy(FACT_ID, VERSION)
                .fetch(RevisionLog::toRevision).stream().collect(Collectors.groupingBy(Revision::factKey));
    }

    public Connection<Revision> trail(String by, FactType type, PageRequest page, boolean withTotal) {
        Condition filter = DSL.noCondition();
        if (by != null) {
            filter = filter.and(CHANGED_BY.eq(by));
        }
        if (type != null) {
            filter = filter.and(FACT_TYPE.eq(type.name()));
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
        String countries = row.get(INVOLVED_COUNTRIES);
        String actors = row.get(INVOLVED_ACTORS);
        return new Logged(toRevision(row), new Involvement(
                countries == null || countries.isEmpty() ? Set.of() : Set.of(countries.split(",")),
                actors == null || actors.isEmpty() ? Set.of()
                        : Arrays.stream(actors.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet())));
    }

    private static Revision toRevision(Record row) {
        return new Revision(row.get(ID), FactType.valueOf(row.get(FACT_TYPE)), row.get(FACT_ID), row.get(VERSION),
                Operation.valueOf(row.get(OPERATION)), new Change(row.get(CHANGED_BY), row.get(CHANGED_AT)),
                row.get(REASON), row.get(SNAPSHOT));
    }
}
