package org.diplograph.action;

import static org.diplograph.sql.schema.Tables.ACTION;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.diplograph.fact.ProvenanceColumns;
import org.diplograph.sql.DateColumns;
import org.diplograph.sql.schema.Tables;
import org.diplograph.sql.schema.tables.ActionActor;
import org.diplograph.sql.schema.tables.ActionCountry;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Typed handles on the action tables, shared by the repositories that query actions (actions, relations, timeline). */
public final class ActionTables {

    private ActionTables() {
    }

    public static final DateColumns OCCURRED = DateColumns.of(ACTION, "occurred");
    public static final ProvenanceColumns PROVENANCE = ProvenanceColumns.of(ACTION);

    /** One row per (action, country involved), with the roles the country plays: see migration V6. */
    public static final InvolvementTable BY_COUNTRY = InvolvementTable.of(Tables.ACTION_COUNTRY,
            Tables.ACTION_COUNTRY.COUNTRY_CODE);
    /** One row per (action, actor involved), with the roles the actor plays. */
    public static final InvolvementTable BY_ACTOR = InvolvementTable.of(Tables.ACTION_ACTOR,
            Tables.ACTION_ACTOR.ACTOR_ID);

    /**
     * An involvement table: who takes part in which action, in which roles, on which date. Both tables share every
     * column but the party's; the generated classes of each give the columns, and an alias maps them by field.
     */
    public static final class InvolvementTable {
        final Table<?> table;
        final Field<Long> action;
        final Field<Object> party;
        final Field<LocalDate> occurredOn;
        final Field<Boolean> asActor;
        final Field<Boolean> asRecipient;
        final Field<Boolean> asAffected;
        final Field<Boolean> retracted;
        private final InvolvementTable original;

        private InvolvementTable(Table<?> table, Field<Long> action, Field<?> party, Field<LocalDate> occurredOn,
                            Field<Boolean> asActor, Field<Boolean> asRecipient, Field<Boolean> asAffected,
                            Field<Boolean> retracted, InvolvementTable original) {
            this.table = table;
            this.action = action;
            @SuppressWarnings("unchecked")
            Field<Object> anyParty = (Field<Object>) party;
            this.party = anyParty;
            this.occurredOn = occurredOn;
            this.asActor = asActor;
            this.asRecipient = asRecipient;
            this.asAffected = asAffected;
            this.retracted = retracted;
            this.original = original == null ? this : original;
        }

        public static InvolvementTable of(ActionCountry table, Field<?> party) {
            return new InvolvementTable(table, table.ACTION_ID, party, table.OCCURRED_ON, table.AS_ACTOR, table.AS_RECIPIENT,
                    table.AS_AFFECTED, table.RETRACTED, null);
        }

        public static InvolvementTable of(ActionActor table, Field<?> party) {
            return new InvolvementTable(table, table.ACTION_ID, party, table.OCCURRED_ON, table.AS_ACTOR, table.AS_RECIPIENT,
                    table.AS_AFFECTED, table.RETRACTED, null);
        }

        /** The same table under an alias, to join it with itself. */
        public InvolvementTable as(String alias) {
            Table<?> aliased = original.table.as(alias);
            return new InvolvementTable(aliased, aliased.field(original.action), aliased.field(original.party),
                    aliased.field(original.occurredOn), aliased.field(original.asActor), aliased.field(original.asRecipient),
                    aliased.field(original.asAffected), aliased.field(original.retracted), original);
        }

        /** The involvement plays one of the roles (any role when the collection is empty). */
        public Condition inAnyRole(Collection<PartyRole> roles) {
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
            return exists(selectOne().from(table).where(action.eq(ACTION.ID)).and(party.in(parties)).and(inAnyRole(roles)));
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
        PairInvolvement pair = new PairInvolvement(oneCountry, otherCountry);
        return ACTION.ID.in(pair.rows(DSL.select(pair.one.action)));
    }

    /**
     * The same test as {@link #between}, made row by row: for queries that another index narrows to a few candidate
     * actions (the relation summary's envoy and ties decisions, found by their PLOVER coding), which then need not
     * read every action of the first country.
     */
    public static Condition isBetween(String oneCountry, String otherCountry) {
        PairInvolvement pair = new PairInvolvement(oneCountry, otherCountry);
        return exists(pair.rows(selectOne()).and(pair.one.action.eq(ACTION.ID)));
    }

    /** The involvement rows of two countries in the same action, one acting on the other. */
    private static final class PairInvolvement {
        private final InvolvementTable one = BY_COUNTRY.as("between_one");
        private final InvolvementTable other = BY_COUNTRY.as("between_other");
        private final String oneCountry;
        private final String otherCountry;

        PairInvolvement(String oneCountry, String otherCountry) {
            this.oneCountry = oneCountry;
            this.otherCountry = otherCountry;
        }

        <R extends Record> SelectConditionStep<R> rows(SelectSelectStep<R> select) {
            List<PartyRole> targets = List.of(PartyRole.RECIPIENT, PartyRole.AFFECTED);
            Condition oneActsOnOther = one.asActor.isTrue().and(other.inAnyRole(targets));
            Condition otherActsOnOne = other.asActor.isTrue().and(one.inAnyRole(targets));
            return select.from(one.table).join(other.table).on(other.action.eq(one.action))
                    .where(one.party.eq(oneCountry))
                    .and(other.party.eq(otherCountry))
                    .and(oneActsOnOther.or(otherActsOnOne));
        }
    }
}
