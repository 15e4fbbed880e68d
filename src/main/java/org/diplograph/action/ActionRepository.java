package org.diplograph.action;

import static org.diplograph.action.ActionTables.*;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.diplograph.graphql.Connection;
import org.diplograph.graphql.KeysetPager;
import org.diplograph.graphql.Ordering;
import org.diplograph.graphql.PageRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads actions, their parties and evidence, and the event taxonomy. */
@Repository
public class ActionRepository {

    public static final List<Field<?>> FIELDS = Stream.concat(Stream.of(ID, SOURCE, EVENT_CODE, CODE_QUAD_CLASS,
            CODE_GOLDSTEIN, NEGATED, PLOVER_TYPE, PLOVER_MODE, PLOVER_CONTEXT, SUMMARY, DETAILS, PLACE, PLACE_COUNTRY,
            REPORTED_IN), OCCURRED.fields().stream()).toList();
    private static final List<Field<?>> CODE_FIELDS =
            List.of(CODE_CODE, CODE_ROOT, CODE_QUAD_CLASS, CODE_NAME, CODE_GOLDSTEIN);

    /** Oldest first, undated last. */
    public static final Ordering BY_DATE = Ordering.nullableFirst("action.occurred", false, OCCURRED.on(), ID);
    private static final Ordering BY_CODE = Ordering.of("eventCode.code", false, CODE_CODE);

    private final DSLContext dsl;
    private final KeysetPager pager;

    public ActionRepository(DSLContext dsl, KeysetPager pager) {
        this.dsl = dsl;
        this.pager = pager;
    }

    public Map<Long, Action> findActions(Collection<Long> keys) {
        return dsl.select(FIELDS).from(ACTION_WITH_CODE).where(ID.in(keys)).fetch(ActionRepository::toAction).stream()
                .collect(Collectors.toMap(Action::key, Function.identity()));
    }

    public Connection<Action> actions(Condition filter, PageRequest page, boolean withTotal) {
        return pager.page(KeysetPager.Query.root(ACTION_WITH_CODE, FIELDS, filter, BY_DATE, ActionRepository::toAction),
                page, withTotal);
    }

    /** Actions in which the countries take part in the role (any role when null). */
    public KeysetPager.Query<String, Action> ofCountries(List<String> codes, PartyRole role) {
        List<PartyRole> roles = role == null ? List.of() : List.of(role);
        return scoped(codes, code -> hasPartyFromCountry(List.of(code), roles));
    }

    public KeysetPager.Query<Long, Action> ofActors(List<Long> actorKeys, PartyRole role) {
        List<PartyRole> roles = role == null ? List.of() : List.of(role);
        return scoped(actorKeys, actorKey -> hasActor(List.of(actorKey), roles));
    }

    public KeysetPager.Query<String, Action> ofEventCodes(List<String> codes) {
        return scoped(codes, EVENT_CODE::eq);
    }

    public KeysetPager.Query<Long, Action> ofSources(List<Long> sourceKeys) {
        return scoped(sourceKeys, SOURCE::eq);
    }

    List<PartyRef> partiesOf(Collection<Long> actionKeys, PartyRole role) {
        return dsl.select(PARTY_ACTION, PARTY_ACTOR, PARTY_COUNTRY).from(PARTY)
                .where(PARTY_ACTION.in(actionKeys)).and(PARTY_ROLE.eq(role.name()))
                .orderBy(PARTY_ACTION, PARTY_ORDINAL)
                .fetch(row -> new PartyRef(row.get(PARTY_ACTION), role, row.get(PARTY_ACTOR), row.get(PARTY_COUNTRY)));
    }

    /** The evidence sentences of each action, the one that states it first. */
    Map<Long, List<Long>> evidenceOf(Collection<Long> actionKeys) {
        return dsl.select(EVIDENCE_ACTION, EVIDENCE_SENTENCE).from(EVIDENCE).where(EVIDENCE_ACTION.in(actionKeys))
                .orderBy(EVIDENCE_ACTION, EVIDENCE_ORDINAL)
                .fetchGroups(EVIDENCE_ACTION, EVIDENCE_SENTENCE);
    }

    Map<Long, List<Action>> reportedIn(Collection<Long> statementKeys) {
        return dsl.select(FIELDS).from(ACTION_WITH_CODE).where(REPORTED_IN.in(statementKeys)).orderBy(ID)
                .fetch(ActionRepository::toAction).stream().collect(Collectors.groupingBy(Action::reportedInKey));
    }

    /** Actions citing each of the sentences as evidence. */
    Map<Long, List<Action>> citing(Collection<Long> sentenceKeys) {
        Map<Long, List<Long>> actionsBySentence = dsl.select(EVIDENCE_SENTENCE, EVIDENCE_ACTION).from(EVIDENCE)
                .where(EVIDENCE_SENTENCE.in(sentenceKeys)).orderBy(EVIDENCE_ACTION)
                .fetchGroups(EVIDENCE_SENTENCE, EVIDENCE_ACTION);
        Map<Long, Action> actions = findActions(actionsBySentence.values().stream().flatMap(List::stream).toList());
        return actionsBySentence.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(actions::get).toList()));
    }

    public Map<String, EventCode> findEventCodes(Collection<String> codes) {
        return dsl.select(CODE_FIELDS).from(CODE).where(CODE_CODE.in(codes)).fetch(ActionRepository::toEventCode)
                .stream().collect(Collectors.toMap(EventCode::code, Function.identity()));
    }

    public Connection<EventCode> eventCodes(String rootCode, PageRequest page, boolean withTotal) {
        Condition filter = rootCode == null ? DSL.noCondition() : CODE_ROOT.eq(rootCode);
        return pager.page(KeysetPager.Query.root(CODE, CODE_FIELDS, filter, BY_CODE, ActionRepository::toEventCode),
                page, withTotal);
    }

    private <S> KeysetPager.Query<S, Action> scoped(List<S> scopes, Function<S, Condition> scope) {
        return new KeysetPager.Query<>(ACTION_WITH_CODE, FIELDS, DSL.noCondition(), scopes, scope, BY_DATE,
                ActionRepository::toAction);
    }

    public static Action toAction(Record row) {
        String ploverType = row.get(PLOVER_TYPE);
        PloverCoding plover = ploverType == null ? null
                : new PloverCoding(PloverType.valueOf(ploverType), row.get(PLOVER_MODE), row.get(PLOVER_CONTEXT));
        return new Action(row.get(ID), row.get(SOURCE), row.get(EVENT_CODE), QuadClass.ofNumber(row.get(CODE_QUAD_CLASS)),
                row.get(CODE_GOLDSTEIN), row.get(NEGATED), plover, row.get(SUMMARY), row.get(DETAILS), row.get(PLACE),
                row.get(PLACE_COUNTRY), OCCURRED.read(row), row.get(REPORTED_IN));
    }

    private static EventCode toEventCode(Record row) {
        return new EventCode(row.get(CODE_CODE), row.get(CODE_ROOT), QuadClass.ofNumber(row.get(CODE_QUAD_CLASS)),
                row.get(CODE_NAME), row.get(CODE_GOLDSTEIN));
    }
}
