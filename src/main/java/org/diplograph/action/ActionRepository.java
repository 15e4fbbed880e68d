package org.diplograph.action;

import static org.diplograph.action.ActionTables.*;
import static org.diplograph.sql.schema.Tables.ACTION;
import static org.diplograph.sql.schema.Tables.ACTION_EVIDENCE;
import static org.diplograph.sql.schema.Tables.ACTION_PARTY;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diplograph.action.code.Dataset;
import org.diplograph.action.code.EventCode;
import org.diplograph.action.code.EventTaxonomy;
import org.diplograph.action.code.PloverCoding;
import org.diplograph.action.code.PloverType;
import org.diplograph.action.code.QuadClass;
import org.diplograph.date.ReportedDate;
import org.diplograph.fact.Change;
import org.diplograph.fact.FactTable;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Involvement;
import org.diplograph.fact.write.References;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.PageRequest;
import org.diplograph.sql.KeysetPager;
import org.diplograph.sql.Ordering;
import org.diplograph.sql.PagedJoin;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads actions, their parties and evidence, and aggregates over them; the taxonomy is {@link EventTaxonomy}'s. */
@Repository
public class ActionRepository {

    public static final List<Field<?>> FIELDS = PROVENANCE.after(List.of(ACTION.ID, ACTION.SOURCE_ID, ACTION.DATASET, ACTION.EVENT_CODE, ACTION.QUAD_CLASS, ACTION.GOLDSTEIN,
            ACTION.NEGATED, ACTION.PLOVER_TYPE, ACTION.PLOVER_MODE, ACTION.PLOVER_CONTEXT, ACTION.SUMMARY, ACTION.DETAILS, ACTION.PLACE, ACTION.PLACE_COUNTRY, ACTION.REPORTED_IN_ID),
            OCCURRED.fields());

    /** Oldest first, undated last. */
    public static final Ordering BY_DATE = byDate(false);

    private final DSLContext dsl;
    private final KeysetPager pager;

    public ActionRepository(DSLContext dsl, KeysetPager pager) {
        this.dsl = dsl;
        this.pager = pager;
    }

    private static Ordering byDate(boolean descending) {
        return Ordering.nullableFirst("action.occurred", descending, OCCURRED.on(), ACTION.ID);
    }

    public static Ordering ordering(ActionOrder order) {
        if (order == null) {
            return BY_DATE;
        }
        return switch (order.field()) {
            case OCCURRED_ON -> byDate(order.descending());
            case INTENSITY -> Ordering.of("action.intensity", order.descending(), ACTION.INTENSITY, ACTION.ID);
        };
    }

    public Map<Long, Action> findActions(Collection<Long> keys) {
        return dsl.select(FIELDS).from(ACTION).where(ACTION.ID.in(keys)).fetch(ActionRepository::toAction).stream()
                .collect(Collectors.toMap(Action::key, Function.identity()));
    }

    /** A page of the actions matching the filter; retracted ones only when asked. */
    public Connection<Action> actions(Condition filter, boolean includeRetracted, ActionOrder order, PageRequest page,
                                      boolean withTotal) {
        return actions(filter, false, includeRetracted, order, page, withTotal);
    }

    /** As above, for a filter that admits only dated actions (it has a date range), so undated ones are not sought. */
    public Connection<Action> actions(Condition filter, boolean datedOnly, boolean includeRetracted, ActionOrder order,
                                      PageRequest page, boolean withTotal) {
        return pager.page(KeysetPager.Query.root(ACTION, FIELDS, filter.and(PROVENANCE.liveUnless(includeRetracted)),
                ordering(order), ActionRepository::toAction).firstKeyNeverNull(datedOnly), page, withTotal);
    }

    /**
     * Actions in which the countries take part in the role (any role when null), read through the involvement table:
     * one index range per country, in date order.
     */
    public KeysetPager.Query<String, Action> ofCountries(List<String> codes, PartyRole role) {
        return involving(BY_COUNTRY, codes, role);
    }

    public KeysetPager.Query<Long, Action> ofActors(List<Long> actorKeys, PartyRole role) {
        return involving(BY_ACTOR, actorKeys, role);
    }

    private <S> KeysetPager.Query<S, Action> involving(ActionTables.InvolvementTable involvement, List<S> parties,
                                                       PartyRole role) {
        Ordering byInvolvementDate = Ordering.nullableFirst("action.occurred", false, involvement.occurredOn,
                involvement.action);
        @SuppressWarnings("unchecked")
        Field<S> party = (Field<S>) involvement.party;
        return KeysetPager.Query.scopedBy(party, involvement.table, FIELDS,
                        involvement.retracted.isFalse().and(involvement.inAnyRole(role == null ? List.of() : List.of(role))),
                        parties, byInvolvementDate, ActionRepository::toAction)
                .joinedAfterPaging(new PagedJoin(ACTION, involvement.action, ACTION.ID));
    }

    public KeysetPager.Query<String, Action> ofEventCodes(List<String> codes) {
        return KeysetPager.Query.scopedBy(ACTION.EVENT_CODE, ACTION, FIELDS, PROVENANCE.live(), codes, BY_DATE,
                ActionRepository::toAction).readingIndexOnH2("action_code");
    }

    public KeysetPager.Query<Long, Action> ofSources(List<Long> sourceKeys) {
        return KeysetPager.Query.scopedBy(ACTION.SOURCE_ID, ACTION, FIELDS, PROVENANCE.live(), sourceKeys, BY_DATE,
                ActionRepository::toAction).readingIndexOnH2("action_source_occurred");
    }

    public List<PartyRow> partiesOf(Collection<Long> actionKeys, PartyRole role) {
        return partiesOf(actionKeys, ACTION_PARTY.ROLE.eq(role.name()));
    }

    /** Every party of the actions, by role (actors, recipients, affected), then in their order. */
    public List<PartyRow> allPartiesOf(Collection<Long> actionKeys) {
        return partiesOf(actionKeys, DSL.noCondition());
    }

    private List<PartyRow> partiesOf(Collection<Long> actionKeys, Condition roles) {
        return dsl.select(ACTION_PARTY.ACTION_ID, ACTION_PARTY.ROLE, ACTION_PARTY.ACTOR_ID, ACTION_PARTY.COUNTRY_CODE, ACTION_PARTY.NAME_IN_SOURCE, ACTION_PARTY.CAMEO_ROLE)
                .from(ACTION_PARTY).where(ACTION_PARTY.ACTION_ID.in(actionKeys)).and(roles)
                .orderBy(ACTION_PARTY.ACTION_ID, ACTION_PARTY.ROLE, ACTION_PARTY.ORDINAL)
                .fetch(row -> new PartyRow(row.value1(), PartyRole.valueOf(row.value2()), row.value3(), row.value4(),
                        row.value5(), row.value6()));
    }

    /** The evidence sentences of each action, the one that states it first. */
    public Map<Long, List<Long>> evidenceOf(Collection<Long> actionKeys) {
        return dsl.select(ACTION_EVIDENCE.ACTION_ID, ACTION_EVIDENCE.SENTENCE_ID).from(ACTION_EVIDENCE).where(ACTION_EVIDENCE.ACTION_ID.in(actionKeys))
                .orderBy(ACTION_EVIDENCE.ACTION_ID, ACTION_EVIDENCE.ORDINAL)
                .fetchGroups(ACTION_EVIDENCE.ACTION_ID, ACTION_EVIDENCE.SENTENCE_ID);
    }

    public Map<Long, List<Action>> reportedIn(Collection<Long> statementKeys) {
        return dsl.select(FIELDS).from(ACTION).where(ACTION.REPORTED_IN_ID.in(statementKeys)).and(PROVENANCE.live()).orderBy(ACTION.ID)
                .fetch(ActionRepository::toAction).stream().collect(Collectors.groupingBy(Action::reportedInKey));
    }

    /** Actions citing each of the sentences as evidence. */
    public Map<Long, List<Action>> citing(Collection<Long> sentenceKeys) {
        Map<Long, List<Long>> actionsBySentence = dsl.select(ACTION_EVIDENCE.SENTENCE_ID, ACTION_EVIDENCE.ACTION_ID).from(ACTION_EVIDENCE)
                .where(ACTION_EVIDENCE.SENTENCE_ID.in(sentenceKeys)).orderBy(ACTION_EVIDENCE.ACTION_ID)
                .fetchGroups(ACTION_EVIDENCE.SENTENCE_ID, ACTION_EVIDENCE.ACTION_ID);
        Map<Long, Action> actions = findActions(actionsBySentence.values().stream().flatMap(List::stream).toList());
        return actionsBySentence.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(actions::get).filter(action -> !action.isRetracted()).toList()));
    }

    /** Counts per group of the actions matching the condition, largest first. */
    public List<ActionCount> counts(Condition filter, ActionGrouping grouping) {
        Field<?> key = switch (grouping) {
            case CODE -> ACTION.EVENT_CODE;
            case ROOT_CODE -> ACTION.ROOT_CODE;
            case QUAD_CLASS -> ACTION.QUAD_CLASS;
        };
        Field<Short> quad = grouping == ActionGrouping.QUAD_CLASS ? ACTION.QUAD_CLASS : DSL.min(ACTION.QUAD_CLASS);
        Field<Integer> total = count().as("group_count");
        return dsl.select(key, quad, total, sum(ACTION.INTENSITY)).from(ACTION).where(filter).and(PROVENANCE.live()).groupBy(key)
                .orderBy(total.desc(), key.asc())
                .fetch(row -> new ActionCount(grouping == ActionGrouping.QUAD_CLASS ? null : (String) row.value1(),
                        QuadClass.ofNumber(row.value2()), row.value3(),
                        row.value4() == null ? 0.0 : row.value4().doubleValue()));
    }

    /** Per-day totals of the dated actions matching the condition. */
    public List<IntensityPoint> dailyTotals(Condition filter) {
        Condition actual = ACTION.NEGATED.isFalse();
        return dsl.select(OCCURRED.on(), count(),
                        count().filterWhere(actual.and(ACTION.QUAD_CLASS.le((short) 2))),
                        count().filterWhere(actual.and(ACTION.QUAD_CLASS.ge((short) 3))),
                        sum(ACTION.INTENSITY))
                .from(ACTION).where(filter).and(OCCURRED.on().isNotNull()).and(PROVENANCE.live())
                .groupBy(OCCURRED.on())
                .fetch(row -> new IntensityPoint(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5() == null ? 0.0 : row.value5().doubleValue()));
    }

    public static final FactTable FACTS = new FactTable(FactType.ACTION, ACTION, ACTION.ID, PROVENANCE);

    /** The columns an action's content is stored in, for inserts and corrections. */
    public static Map<Field<?>, Object> columns(EventCode code, boolean negated, PloverCoding plover, String summary,
                                         String details, String place, String placeCountry, ReportedDate occurred,
                                         Long reportedIn) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(ACTION.EVENT_CODE, code.code());
        values.put(ACTION.ROOT_CODE, code.rootCode());
        values.put(ACTION.QUAD_CLASS, code.quadClass().number());
        values.put(ACTION.GOLDSTEIN, code.goldstein());
        values.put(ACTION.INTENSITY, negated ? 0.0 : code.goldstein());
        values.put(ACTION.NEGATED, negated);
        values.put(ACTION.PLOVER_TYPE, plover == null ? null : plover.type().name());
        values.put(ACTION.PLOVER_MODE, plover == null ? null : plover.mode());
        values.put(ACTION.PLOVER_CONTEXT, plover == null ? null : plover.context());
        values.put(ACTION.SUMMARY, summary);
        values.put(ACTION.DETAILS, details);
        values.put(ACTION.PLACE, place);
        values.put(ACTION.PLACE_COUNTRY, placeCountry);
        values.putAll(OCCURRED.values(occurred));
        values.put(ACTION.REPORTED_IN_ID, reportedIn);
        return values;
    }

    public long insert(long sourceKey, Map<Field<?>, Object> columns, Change change) {
        return dsl.insertInto(ACTION).set(columns).set(ACTION.SOURCE_ID, sourceKey)
                .set(PROVENANCE.createdAt(), change.at()).set(PROVENANCE.createdBy(), change.by())
                .returningResult(ACTION.ID).fetchOne().value1();
    }

    /** Replaces the action's parties in one role. */
    public void replaceParties(long actionKey, PartyRole role, List<References.Ref> parties) {
        dsl.deleteFrom(ACTION_PARTY).where(ACTION_PARTY.ACTION_ID.eq(actionKey)).and(ACTION_PARTY.ROLE.eq(role.name())).execute();
        for (int i = 0; i < parties.size(); i++) {
            dsl.insertInto(ACTION_PARTY).set(ACTION_PARTY.ACTION_ID, actionKey).set(ACTION_PARTY.ROLE, role.name()).set(ACTION_PARTY.ORDINAL, i + 1)
                    .set(ACTION_PARTY.ACTOR_ID, parties.get(i).actorKey()).set(ACTION_PARTY.COUNTRY_CODE, parties.get(i).countryCode())
                    .execute();
        }
    }

    /** Replaces the action's evidence sentences, first the one that states it. */
    public void replaceEvidence(long actionKey, List<Long> sentenceKeys) {
        dsl.deleteFrom(ACTION_EVIDENCE).where(ACTION_EVIDENCE.ACTION_ID.eq(actionKey)).execute();
        for (int i = 0; i < sentenceKeys.size(); i++) {
            dsl.insertInto(ACTION_EVIDENCE).set(ACTION_EVIDENCE.ACTION_ID, actionKey).set(ACTION_EVIDENCE.ORDINAL, i + 1)
                    .set(ACTION_EVIDENCE.SENTENCE_ID, sentenceKeys.get(i)).execute();
        }
    }

    /** The countries and actors an action involves, for subscription filters. */
    public Involvement involvement(long actionKey) {
        Set<String> countries = new HashSet<>(dsl.select(BY_COUNTRY.party).from(BY_COUNTRY.table)
                .where(BY_COUNTRY.action.eq(actionKey)).fetch(row -> (String) row.value1()));
        Set<Long> actors = new HashSet<>(dsl.select(BY_ACTOR.party).from(BY_ACTOR.table)
                .where(BY_ACTOR.action.eq(actionKey)).fetch(row -> ((Number) row.value1()).longValue()));
        return new Involvement(countries, actors);
    }

    public static Action toAction(Record row) {
        String ploverType = row.get(ACTION.PLOVER_TYPE);
        PloverCoding plover = ploverType == null ? null
                : new PloverCoding(PloverType.valueOf(ploverType), row.get(ACTION.PLOVER_MODE), row.get(ACTION.PLOVER_CONTEXT));
        return new Action(row.get(ACTION.ID), row.get(ACTION.SOURCE_ID), Dataset.valueOf(row.get(ACTION.DATASET)), row.get(ACTION.EVENT_CODE), QuadClass.ofNumber(row.get(ACTION.QUAD_CLASS)),
                row.get(ACTION.GOLDSTEIN), row.get(ACTION.NEGATED), plover, row.get(ACTION.SUMMARY), row.get(ACTION.DETAILS), row.get(ACTION.PLACE),
                row.get(ACTION.PLACE_COUNTRY), OCCURRED.read(row), row.get(ACTION.REPORTED_IN_ID), PROVENANCE.read(row));
    }
}
