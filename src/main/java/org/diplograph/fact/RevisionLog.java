package org.diplograph.fact;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.diplograph.graphql.Connection;
import org.diplograph.graphql.PageRequest;
import org.diplograph.sql.KeysetPager;
import org.diplograph.sql.Ordering;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
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

    static final org.diplograph.sql.schema.tables.Revision REVISION = org.diplograph.sql.schema.Tables.REVISION;
    static final Field<Long> ID = REVISION.ID;
    static final Field<String> FACT_TYPE = REVISION.FACT_TYPE;
    static final Field<Long> FACT_ID = REVISION.FACT_ID;
    static final Field<Integer> VERSION = REVISION.VERSION;
    static final Field<String> OPERATION = REVISION.OPERATION;
    static final Field<OffsetDateTime> CHANGED_AT = REVISION.CHANGED_AT;
    static final Field<String> CHANGED_BY = REVISION.CHANGED_BY;
    static final Field<String> REASON = REVISION.REASON;
    static final Field<String> SNAPSHOT = REVISION.SNAPSHOT;

    private static final List<Field<?>> FIELDS =
            List.of(ID, FACT_TYPE, FACT_ID, VERSION, OPERATION, CHANGED_AT, CHANGED_BY, REASON, SNAPSHOT);
    private static final Ordering NEWEST_FIRST = Ordering.of("revision.changed", true, CHANGED_AT, ID);

    private final DSLContext dsl;
    private final KeysetPager pager;
    private final JsonMapper json;
    private final FactChanges changes;

    RevisionLog(DSLContext dsl, KeysetPager pager, JsonMapper json, FactChanges changes) {
        this.dsl = dsl;
        this.pager = pager;
        this.json = json;
        this.changes = changes;
    }

    /** Records the write of a fact (as it now stands) and queues its announcement for after the commit. */
    public void record(Fact fact, Operation operation, Change change, String reason, Involvement involvement) {
        dsl.insertInto(REVISION)
                .set(FACT_TYPE, fact.factType().name())
                .set(FACT_ID, fact.key())
                .set(VERSION, fact.version())
                .set(OPERATION, operation.name())
                .set(CHANGED_AT, change.at())
                .set(CHANGED_BY, change.by())
                .set(REASON, reason)
                .set(SNAPSHOT, json.writeValueAsString(fact.snapshot()))
                .execute();
        FactChange announced = new FactChange(operation, fact, change, involvement.countries(), involvement.actors());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                changes.publish(announced);
            }
        });
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

    private static Revision toRevision(Record row) {
        return new Revision(row.get(ID), FactType.valueOf(row.get(FACT_TYPE)), row.get(FACT_ID), row.get(VERSION),
                Operation.valueOf(row.get(OPERATION)), new Change(row.get(CHANGED_BY), row.get(CHANGED_AT)),
                row.get(REASON), row.get(SNAPSHOT));
    }
}
