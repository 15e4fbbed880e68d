package org.diplograph.action;

import static org.diplograph.graphql.Tables.column;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import java.util.Collection;
import java.util.List;

import org.diplograph.graphql.Tables;
import org.diplograph.source.DateColumns;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** Typed handles on the action tables, shared by the repositories that query actions (actions, relations, timeline). */
public final class ActionTables {

    private ActionTables() {
    }

    public static final Table<?> ACTION = Tables.table("action");
    public static final Field<Long> ID = column(ACTION, "id", SQLDataType.BIGINT);
    public static final Field<Long> SOURCE = column(ACTION, "source_id", SQLDataType.BIGINT);
    public static final Field<String> EVENT_CODE = column(ACTION, "event_code", SQLDataType.VARCHAR);
    public static final Field<String> ROOT_CODE = column(ACTION, "root_code", SQLDataType.VARCHAR);
    public static final Field<String> PLOVER_TYPE = column(ACTION, "plover_type", SQLDataType.VARCHAR);
    public static final Field<String> PLOVER_MODE = column(ACTION, "plover_mode", SQLDataType.VARCHAR);
    public static final Field<String> PLOVER_CONTEXT = column(ACTION, "plover_context", SQLDataType.VARCHAR);
    public static final Field<Boolean> NEGATED = column(ACTION, "negated", SQLDataType.BOOLEAN);
    public static final Field<String> SUMMARY = column(ACTION, "summary", SQLDataType.VARCHAR);
    public static final Field<String> DETAILS = column(ACTION, "details", SQLDataType.VARCHAR);
    public static final Field<String> PLACE = column(ACTION, "place", SQLDataType.VARCHAR);
    public static final Field<String> PLACE_COUNTRY = column(ACTION, "place_country", SQLDataType.CHAR(2));
    public static final DateColumns OCCURRED = DateColumns.of(ACTION, "occurred");
    public static final Field<Long> REPORTED_IN = column(ACTION, "reported_in_id", SQLDataType.BIGINT);

    public static final Table<?> CODE = Tables.table("event_code");
    public static final Field<String> CODE_CODE = column(CODE, "code", SQLDataType.VARCHAR);
    public static final Field<String> CODE_ROOT = column(CODE, "root_code", SQLDataType.VARCHAR);
    public static final Field<Integer> CODE_QUAD_CLASS = column(CODE, "quad_class", SQLDataType.INTEGER);
    public static final Field<String> CODE_NAME = column(CODE, "name", SQLDataType.VARCHAR);
    public static final Field<Double> CODE_GOLDSTEIN = column(CODE, "goldstein", SQLDataType.DOUBLE);

    public static final Table<?> PARTY = Tables.table("action_party");
    public static final Field<Long> PARTY_ACTION = column(PARTY, "action_id", SQLDataType.BIGINT);
    public static final Field<String> PARTY_ROLE = column(PARTY, "role", SQLDataType.VARCHAR);
    public static final Field<Integer> PARTY_ORDINAL = column(PARTY, "ordinal", SQLDataType.INTEGER);
    public static final Field<Long> PARTY_ACTOR = column(PARTY, "actor_id", SQLDataType.BIGINT);
    public static final Field<String> PARTY_COUNTRY = column(PARTY, "country_code", SQLDataType.CHAR(2));

    public static final Table<?> EVIDENCE = Tables.table("action_evidence");
    public static final Field<Long> EVIDENCE_ACTION = column(EVIDENCE, "action_id", SQLDataType.BIGINT);
    public static final Field<Integer> EVIDENCE_ORDINAL = column(EVIDENCE, "ordinal", SQLDataType.INTEGER);
    public static final Field<Long> EVIDENCE_SENTENCE = column(EVIDENCE, "sentence_id", SQLDataType.BIGINT);

    /** An action joined to its event code, which carries the Goldstein value and quad class. */
    public static final Table<?> ACTION_WITH_CODE = ACTION.join(CODE).on(CODE_CODE.eq(EVENT_CODE));

    /** The action has a party of one of these countries in one of these roles (any role when empty). */
    public static Condition hasPartyFromCountry(Collection<String> countryCodes, Collection<PartyRole> roles) {
        return exists(selectOne().from(PARTY).where(PARTY_ACTION.eq(ID))
                .and(PARTY_COUNTRY.in(countryCodes))
                .and(roleIn(roles)));
    }

    /** The action has one of these actors as a party in one of these roles (any role when empty). */
    public static Condition hasActor(Collection<Long> actorKeys, Collection<PartyRole> roles) {
        return exists(selectOne().from(PARTY).where(PARTY_ACTION.eq(ID))
                .and(PARTY_ACTOR.in(actorKeys))
                .and(roleIn(roles)));
    }

    /**
     * The action is between two countries: a party of one acts, and a party of the other receives or is affected.
     */
    public static Condition between(String oneCountry, String otherCountry) {
        List<PartyRole> targets = List.of(PartyRole.RECIPIENT, PartyRole.AFFECTED);
        List<PartyRole> acting = List.of(PartyRole.ACTOR);
        return hasPartyFromCountry(List.of(oneCountry), acting).and(hasPartyFromCountry(List.of(otherCountry), targets))
                .or(hasPartyFromCountry(List.of(otherCountry), acting).and(hasPartyFromCountry(List.of(oneCountry), targets)));
    }

    private static Condition roleIn(Collection<PartyRole> roles) {
        return roles.isEmpty() ? noCondition() : PARTY_ROLE.in(roles.stream().map(PartyRole::name).toList());
    }
}
