package org.diplograph.action;

import static org.diplograph.action.ActionTables.BY_ACTOR;
import static org.diplograph.action.ActionTables.BY_COUNTRY;
import static org.diplograph.action.ActionTables.OCCURRED;
import static org.diplograph.action.ActionTables.PROVENANCE;
import static org.diplograph.sql.schema.Tables.ACTION;
import static org.diplograph.sql.schema.Tables.ACTION_PARTY;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.when;

import org.diplograph.actor.ActorCountryChanges;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Keeps the denormalised copies of migrations V6 and V14 in step with the facts they copy: the involvement tables (who
 * takes part in which action, in which roles, on which date, retracted or not), the parties' countries and the
 * roll-ups the aggregates read. Always called in the transaction of the write that changes them.
 */
@Repository
public class ActionIndex implements ActorCountryChanges {

    private final DSLContext dsl;
    private final ActionRollups rollups;

    public ActionIndex(DSLContext dsl, ActionRollups rollups) {
        this.dsl = dsl;
        this.rollups = rollups;
    }

    /** What the actions matching the condition add to the roll-ups now: taken before a write changes them. */
    public ActionRollups.Contribution contribution(Condition actions) {
        return rollups.of(actions);
    }

    /**
     * Rebuilds the involvement rows of the actions matching the condition from their parties, and moves the roll-ups
     * from what the actions contributed before the write to what they contribute now.
     */
    public void rebuild(Condition actions, ActionRollups.Contribution before) {
        rebuildInvolvement(actions);
        rollups.apply(before, rollups.of(actions));
    }

    private void rebuildInvolvement(Condition actions) {
        dsl.deleteFrom(BY_COUNTRY.table).where(BY_COUNTRY.action.in(DSL.select(ACTION.ID).from(ACTION).where(actions))).execute();
        dsl.deleteFrom(BY_ACTOR.table).where(BY_ACTOR.action.in(DSL.select(ACTION.ID).from(ACTION).where(actions))).execute();
        dsl.insertInto(BY_COUNTRY.table, BY_COUNTRY.action, BY_COUNTRY.party, BY_COUNTRY.occurredOn, BY_COUNTRY.asActor,
                        BY_COUNTRY.asRecipient, BY_COUNTRY.asAffected, BY_COUNTRY.retracted)
                .select(involvement(ACTION_PARTY.COUNTRY_CODE, actions)).execute();
        dsl.insertInto(BY_ACTOR.table, BY_ACTOR.action, BY_ACTOR.party, BY_ACTOR.occurredOn, BY_ACTOR.asActor,
                        BY_ACTOR.asRecipient, BY_ACTOR.asAffected, BY_ACTOR.retracted)
                .select(involvement(ACTION_PARTY.ACTOR_ID, actions)).execute();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Select involvement(Field<?> party, Condition actions) {
        Field<Boolean> retracted = DSL.field(PROVENANCE.retractedAt().isNotNull());
        return DSL.select(ACTION_PARTY.ACTION_ID, party, OCCURRED.on(), role("ACTOR"), role("RECIPIENT"), role("AFFECTED"),
                        retracted)
                .from(ACTION_PARTY).join(ACTION).on(ACTION.ID.eq(ACTION_PARTY.ACTION_ID))
                .where(party.isNotNull()).and(actions)
                .groupBy(ACTION_PARTY.ACTION_ID, party, OCCURRED.on(), PROVENANCE.retractedAt());
    }

    private static Field<Boolean> role(String role) {
        return DSL.field(max(when(ACTION_PARTY.ROLE.eq(role), inline(1)).otherwise(inline(0))).eq(1));
    }

    /** An actor's country changed: its parties carry the new country, and its actions' involvement follows. */
    @Override
    public void actorCountryChanged(long actorKey, String country) {
        Condition actions = ACTION.ID.in(DSL.select(ACTION_PARTY.ACTION_ID).from(ACTION_PARTY).where(ACTION_PARTY.ACTOR_ID.eq(actorKey)));
        ActionRollups.Contribution before = rollups.of(actions);
        dsl.update(ACTION_PARTY).set(ACTION_PARTY.COUNTRY_CODE, country).where(ACTION_PARTY.ACTOR_ID.eq(actorKey)).execute();
        rebuild(actions, before);
    }

    /**
     * A retracted action leaves the per-party pages, which read only live involvement rows, and the roll-ups. Only a
     * live action can be retracted, so what it contributed is what it would contribute live.
     */
    public void retracted(long actionKey) {
        rollups.apply(rollups.ofRetracted(ACTION.ID.eq(actionKey)), ActionRollups.Contribution.NONE);
        dsl.update(BY_COUNTRY.table).set(BY_COUNTRY.retracted, true).where(BY_COUNTRY.action.eq(actionKey)).execute();
        dsl.update(BY_ACTOR.table).set(BY_ACTOR.retracted, true).where(BY_ACTOR.action.eq(actionKey)).execute();
    }
}
