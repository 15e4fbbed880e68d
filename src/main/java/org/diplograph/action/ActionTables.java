package org.diplograph.action;

import static org.diplograph.sql.Tables.column;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import java.util.Collection;
import java.util.List;

import org.diplograph.fact.ProvenanceColumns;
import org.diplograph.sql.Tables;
import org.diplograph.sql.DateColumns;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
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
    public static final Field<Integer> QUAD_CLASS = column(ACTION, "quad_class", SQLDataType.INTEGER);
    public static final Field<Double> GOLDSTEIN = column(ACTION, "goldstein", SQLDataType.DOUBLE);
    public static final Field<Double> INTENSITY = column(ACTION, "intensity", SQLDataType.DOUBLE);
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
    public static final ProvenanceColumns PROVENANCE = ProvenanceColumns.of(ACTION);

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

    /** One row per (action, country involved), with the roles the country plays: see migration V6. */
    public static final Involvement BY_COUNTRY = new Involvement(Tables.table("action_country"), "country_code", SQLDataType.CHAR(2));
    /** One row per (action, actor involved), with the roles the actor plays. */
    public static final Involvement BY_ACTOR = new Involvement(Tables.table("action_actor"), "actor_id", SQLDataType.BIGINT);

    /** An involvement table: who takes part in which action, in which roles, on which date. */
    public static final class Involvement {
        final Table<?> table;
        private final String partyColumn;
        private final org.jooq.DataType<?> partyType;
        final Field<Long> action;
        final Field<Object> party;
        final Field<java.time.LocalDate> occurredOn;
        final Field<Boolean> asActor;
        final Field<Boolean> asRecipient;
        final Field<Boolean> asAffected;
        final Field<Boolean> retracted;

        @SuppressWarnings("unchecked")
        Involvement(Table<?> table, String partyColumn, org.jooq.DataType<?> partyType) {
            this.table = table;
            this.partyColumn = partyColumn;
            this.partyType = partyType;
            this.action = column(table, "action_id", SQLDataType.BIGINT);
            this.party = (Field<Object>) column(table, partyColumn, partyType);
            this.occurredOn = column(table, "occurred_on", SQLDataType.LOCALDATE);
            this.asActor = column(table, "as_actor", SQLDataType.BOOLEAN);
            this.asRecipient = column(table, "as_recipient", SQLDataType.BOOLEAN);
            this.asAffected = column(table, "as_affected", SQLDataType.BOOLEAN);
            this.retracted = column(table, "retracted", SQLDataType.BOOLEAN);
        }

        /** The same table under an alias, to join it with itself. */
        Involvement as(String alias) {
            return new Involvement(Tables.table(table.getName(), alias), partyColumn, partyType);
        }

        /** The involvement plays one of the roles (any role when the collection is empty). */
        Condition inAnyRole(Collection<PartyRole> roles) {
            if (roles.isEmpty()) {
                return noCondition();
            }
            return DSL.or(roles.stream().map(role -> switch (role) {
                case ACTOR -> asActor.isTrue();
                case RECIPIENT -> asRecipient.isTrue();
                case AFFECTED -> asAffected.isTrue();
            }).toList());
        }

        /** The action involves one of the parties in one of the roles (any role when empty). */
        public Condition involves(Collection<?> parties, Collection<PartyRole> roles) {
            return exists(selectOne().from(table).where(action.eq(ID)).and(party.in(parties)).and(inAnyRole(roles)));
        }
    }

    /** The action has a party of one of these countries in one of these roles (any role when empty). */
    public static Condition hasPartyFromCountry(Collection<String> countryCodes, Collection<PartyRole> roles) {
        return BY_COUNTRY.involves(countryCodes, roles);
    }

    /** The action has one of these actors as a party in one of these roles (any role when empty). */
    public static Condition hasActor(Collection<Long> actorKeys, Collection<PartyRole> roles) {
        return BY_ACTOR.involves(actorKeys, roles);
    }

    /**
     * The action is between two countries: a party of one acts, and a party of the other receives or is affected.
     * Read as a semi-join of the two countries' involvement rows, so only the actions involving the first country are
     * visited, not every action.
     */
    public static Condition between(String oneCountry, String otherCountry) {
        Involvement one = BY_COUNTRY.as("between_one");
        Involvement other = BY_COUNTRY.as("between_other");
        List<PartyRole> targets = List.of(PartyRole.RECIPIENT, PartyRole.AFFECTED);
        Condition oneActsOnOther = one.asActor.isTrue().and(other.inAnyRole(targets));
        Condition otherActsOnOne = other.asActor.isTrue().and(one.inAnyRole(targets));
        return ID.in(DSL.select(one.action).from(one.table).join(other.table).on(other.action.eq(one.action))
                .where(one.party.eq(oneCountry))
                .and(other.party.eq(otherCountry))
                .and(oneActsOnOther.or(otherActsOnOne)));
    }
}
