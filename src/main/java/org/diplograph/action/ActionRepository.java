package org.diplograph.action;

import static org.diplograph.action.ActionTables.*;
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

    public static final List<Field<?>> FIELDS = PROVENANCE.after(List.of(ID, SOURCE, DATASET, EVENT_CODE, QUAD_CLASS, GOLDSTEIN,
            NEGATED, PLOVER_TYPE, PLOVER_MODE, PLOVER_CONTEXT, SUMMARY, DETAILS, PLACE, PLACE_COUNTRY, REPORTED_IN),
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
        return Ordering.nullableFirst("action.occurred", descending, OCCURRED.on(), ID);
    }

    public static Ordering ordering(ActionOrder order) {
        if (order == null) {
            return BY_DATE;
        }
        return switch (order.field()) {
            case OCCURRED_ON -> byDate(order.descending());
            case INTENSITY -> Ordering.of("action.intensity", order.descending(), INTENSITY, ID);
        };
    }

    public Map<Long, Action> findActions(Collection<Long> keys) {
        return dsl.select(FIELDS).from(ACTION).where(ID.in(keys)).fetch(ActionRepository::toAction).stream()
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
                .joinedAfterPaging(new PagedJoin(ACTION, involvement.action, ID));
    }

    public KeysetPager.Query<String, Action> ofEventCodes(List<String> codes) {
        return KeysetPager.Query.scopedBy(EVENT_CODE, ACTION, FIELDS, PROVENANCE.live(), codes, BY_DATE,
                ActionRepository::toAction).readingIndexOnH2("action_code");
    }

    public KeysetPager.Query<Long, Action> ofSources(List<Long> sourceKeys) {
        return KeysetPager.Query.scopedBy(SOURCE, ACTION, FIELDS, PROVENANCE.live(), sourceKeys, BY_DATE,
                ActionRepository::toAction).readingIndexOnH2("action_source_occurred");
    }

    public List<PartyRow> partiesOf(Collection<Long> actionKeys, PartyRole role) {
        return partiesOf(actionKeys, PARTY_ROLE.eq(role.name()));
    }

    /** Every party of the actions, by role (actors, recipients, affected), then in their order. */
    public List<PartyRow> allPartiesOf(Collection<Long> actionKeys) {
        return partiesOf(actionKeys, DSL.noCondition());
    }

    private List<PartyRow> partiesOf(Collection<Long> actionKeys, Condition roles) {
        return dsl.select(PARTY_ACTION, PARTY_ROLE, PARTY_ACTOR, PARTY_COUNTRY, PARTY.NAME_IN_SOURCE, PARTY.CAMEO_ROLE)
                .from(PARTY).where(PARTY_ACTION.in(actionKeys)).and(roles)
                .orderBy(PARTY_ACTION, PARTY_ROLE, PARTY_ORDINAL)
                .fetch(row -> new PartyRow(row.value1(), PartyRole.valueOf(row.value2()), row.value3(), row.value4(),
                        row.value5(), row.value6()));
    }

    /** The evidence sentences of each action, the one that states it first. */
    public Map<Long, List<Long>> evidenceOf(Collection<Long> actionKeys) {
        return dsl.select(EVIDENCE_ACTION, EVIDENCE_SENTENCE).from(EVIDENCE).where(EVIDENCE_ACTION.in(actionKeys))
                .orderBy(EVIDENCE_ACTION, EVIDENCE_ORDINAL)
                .fetchGroups(EVIDENCE_ACTION, EVIDENCE_SENTENCE);
    }

    public Map<Long, List<Action>> reportedIn(Collection<Long> statementKeys) {
        return dsl.select(FIELDS).from(ACTION).where(REPORTED_IN.in(statementKeys)).and(PROVENANCE.live()).orderBy(ID)
                .fetch(ActionRepository::toAction).stream().collect(Collectors.groupingBy(Action::reportedInKey));
    }

    /** Actions citing each of the sentences as evidence. */
    public Map<Long, List<Action>> citing(Collection<Long> sentenceKeys) {
        Map<Long, List<Long>> actionsBySentence = dsl.select(EVIDENCE_SENTENCE, EVIDENCE_ACTION).from(EVIDENCE)
                .where(EVIDENCE_SENTENCE.in(sentenceKeys)).orderBy(EVIDENCE_ACTION)
                .fetchGroups(EVIDENCE_SENTENCE, EVIDENCE_ACTION);
        Map<Long, Action> actions = findActions(actionsBySentence.values().stream().flatMap(List::stream).toList());
        return actionsBySentence.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(actions::get).filter(action -> !action.isRetracted()).toList()));
    }

    /** Counts per group of the actions matching the condition, largest first. */
    public List<ActionCount> counts(Condition filter, ActionGrouping grouping) {
        Field<?> key = switch (grouping) {
            case CODE -> EVENT_CODE;
            case ROOT_CODE -> ROOT_CODE;
            case QUAD_CLASS -> QUAD_CLASS;
        };
        Field<Short> quad = grouping == ActionGrouping.QUAD_CLASS ? QUAD_CLASS : DSL.min(QUAD_CLASS);
        Field<Integer> total = count().as("group_count");
        return dsl.select(key, quad, total, sum(INTENSITY)).from(ACTION).where(filter).and(PROVENANCE.live()).groupBy(key)
                .orderBy(total.desc(), key.asc())
                .fetch(row -> new ActionCount(grouping == ActionGrouping.QUAD_CLASS ? null : (String) row.value1(),
                        QuadClass.ofNumber(row.value2()), row.value3(),
                        row.value4() == null ? 0.0 : row.value4().doubleValue()));
    }

    /** Per-day totals of the dated actions matching the condition. */
    public List<IntensityPoint> dailyTotals(Condition filter) {
        Condition actual = NEGATED.isFalse();
        return dsl.select(OCCURRED.on(), count(),
                        count().filterWhere(actual.and(QUAD_CLASS.le((short) 2))),
                        count().filterWhere(actual.and(QUAD_CLASS.ge((short) 3))),
                        sum(INTENSITY))
                .from(ACTION).where(filter).and(OCCURRED.on().isNotNull()).and(PROVENANCE.live())
                .groupBy(OCCURRED.on())
                .fetch(row -> new IntensityPoint(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5() == null ? 0.0 : row.value5().doubleValue()));
    }

    public static final FactTable FACTS = new FactTable(FactType.ACTION, ACTION, ID, PROVENANCE);

    /** The columns an action's content is stored in, for inserts and corrections. */
    public static Map<Field<?>, Object> columns(EventCode code, boolean negated, PloverCoding plover, String summary,
                                         String details, String place, String placeCountry, ReportedDate occurred,
                                         Long reportedIn) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(EVENT_CODE, code.code());
        values.put(ROOT_CODE, code.rootCode());
        values.put(QUAD_CLASS, code.quadClass().number());
        values.put(GOLDSTEIN, code.goldstein());
        values.put(INTENSITY, negated ? 0.0 : code.goldstein());
        values.put(NEGATED, negated);
        values.put(PLOVER_TYPE, plover == null ? null : plover.type().name());
        values.put(PLOVER_MODE, plover == null ? null : plover.mode());
        values.put(PLOVER_CONTEXT, plover == null ? null : plover.context());
        values.put(SUMMARY, summary);
        values.put(DETAILS, details);
        values.put(PLACE, place);
        values.put(PLACE_COUNTRY, placeCountry);
        values.putAll(OCCURRED.values(occurred));
        values.put(REPORTED_IN, reportedIn);
        return values;
    }

    public long insert(long sourceKey, Map<Field<?>, Object> columns, Change change) {
        return dsl.insertInto(ACTION).set(columns).set(SOURCE, sourceKey)
                .set(PROVENANCE.createdAt(), change.at()).set(PROVENANCE.createdBy(), change.by())
                .returningResult(ID).fetchOne().value1();
    }

    /** Replaces the action's parties in one role. */
    public void replaceParties(long actionKey, PartyRole role, List<References.Ref> parties) {
        dsl.deleteFrom(PARTY).where(PARTY_ACTION.eq(actionKey)).and(PARTY_ROLE.eq(role.name())).execute();
        for (int i = 0; i < parties.size(); i++) {
            dsl.insertInto(PARTY).set(PARTY_ACTION, actionKey).set(PARTY_ROLE, role.name()).set(PARTY_ORDINAL, i + 1)
                    .set(PARTY_ACTOR, parties.get(i).actorKey()).set(PARTY_COUNTRY, parties.get(i).countryCode())
                    .execute();
        }
    }

    /** Replaces the action's evidence sentences, first the one that states it. */
    public void replaceEvidence(long actionKey, List<Long> sentenceKeys) {
        dsl.deleteFrom(EVIDENCE).where(EVIDENCE_ACTION.eq(actionKey)).execute();
        for (int i = 0; i < sentenceKeys.size(); i++) {
            dsl.insertInto(EVIDENCE).set(EVIDENCE_ACTION, actionKey).set(EVIDENCE_ORDINAL, i + 1)
                    .set(EVIDENCE_SENTENCE, sentenceKeys.get(i)).execute();
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
        String ploverType = row.get(PLOVER_TYPE);
        PloverCoding plover = ploverType == null ? null
                : new PloverCoding(PloverType.valueOf(ploverType), row.get(PLOVER_MODE), row.get(PLOVER_CONTEXT));
        return new Action(row.get(ID), row.get(SOURCE), Dataset.valueOf(row.get(DATASET)), row.get(EVENT_CODE), QuadClass.ofNumber(row.get(QUAD_CLASS)),
                row.get(GOLDSTEIN), row.get(NEGATED), plover, row.get(SUMMARY), row.get(DETAILS), row.get(PLACE),
                row.get(PLACE_COUNTRY), OCCURRED.read(row), row.get(REPORTED_IN), PROVENANCE.read(row));
    }
}
