package org.diplograph.timeline;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.action.ActionTables;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.PageRequest;
import org.diplograph.sql.KeysetPager;
import org.diplograph.sql.Ordering;
import org.diplograph.sql.filter.DateRange;
import org.diplograph.sql.schema.Tables;
import org.diplograph.statement.StatementTables;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** Pages through statements and actions together, in date order, as one keyset-paged union. */
@Repository
class TimelineRepository {

    static final String ACTION = "ACTION";
    static final String STATEMENT = "STATEMENT";

    private static final String TIMELINE = "timeline";
    private static final Field<LocalDate> ENTRY_ON = DSL.field(
            DSL.unquotedName(TIMELINE, "entry_on"), SQLDataType.LOCALDATE);
    private static final Field<String> ENTRY_KIND = DSL.field(
            DSL.unquotedName(TIMELINE, "entry_kind"), SQLDataType.VARCHAR);
    private static final Field<Long> ENTRY_ID = DSL.field(
            DSL.unquotedName(TIMELINE, "entry_id"), SQLDataType.BIGINT);
    private static final Ordering BY_DATE = Ordering.nullableFirst("timeline.date", false, ENTRY_ON, ENTRY_KIND, ENTRY_ID);

    /** A timeline entry before it is loaded: which table, which row. */
    record EntryRef(String kind, long key) {
    }

    private final KeysetPager pager;

    TimelineRepository(KeysetPager pager) {
        this.pager = pager;
    }

    /** Which entries: each criterion given (non-null) must hold; root codes leave statements out (they have none). */
    record Scope(List<String> countryCodes, List<Long> actorKeys, List<String> rootCodes, DateRange dated,
                 boolean includeRetracted) {
    }

    Connection<EntryRef> entries(Scope scope, PageRequest page, boolean withTotal) {
        List<String> countryCodes = scope.countryCodes();
        List<Long> actorKeys = scope.actorKeys();
        boolean includeRetracted = scope.includeRetracted();
        Condition actionFilter = ActionTables.PROVENANCE.liveUnless(includeRetracted);
        Condition statementFilter = StatementTables.liveUnless(includeRetracted);
        if (countryCodes != null) {
            actionFilter = actionFilter.and(ActionTables.hasPartyFromCountry(countryCodes, List.of()));
            statementFilter = statementFilter.and(StatementTables.involvesCountries(countryCodes));
        }
        if (actorKeys != null) {
            actionFilter = actionFilter.and(ActionTables.hasActor(actorKeys, List.of()));
            statementFilter = statementFilter.and(StatementTables.involvesActors(actorKeys));
        }
        if (scope.rootCodes() != null) {
            actionFilter = actionFilter.and(Tables.ACTION.ROOT_CODE.in(scope.rootCodes()));
            statementFilter = DSL.falseCondition();
        }
        if (scope.dated() != null) {
            actionFilter = actionFilter.and(scope.dated().contains(ActionTables.OCCURRED.on(), "dated"));
            statementFilter = statementFilter.and(scope.dated().contains(StatementTables.SAID_ON, "dated"));
        }
        Table<?> timeline = DSL
                .select(inline(ACTION).as("entry_kind"), Tables.ACTION.ID.as("entry_id"),
                        ActionTables.OCCURRED.on().as("entry_on"))
                .from(Tables.ACTION).where(actionFilter)
                .unionAll(DSL
                        .select(inline(STATEMENT).as("entry_kind"), Tables.STATEMENT.ID.as("entry_id"),
                                StatementTables.SAID_ON.as("entry_on"))
                        .from(Tables.STATEMENT).where(statementFilter))
                .asTable(TIMELINE);
        return pager.page(KeysetPager.Query.root(timeline, List.of(ENTRY_KIND, ENTRY_ID), noCondition(), BY_DATE,
                row -> new EntryRef(row.get(ENTRY_KIND), row.get(ENTRY_ID))), page, withTotal);
    }
}
