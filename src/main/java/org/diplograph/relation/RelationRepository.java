package org.diplograph.relation;

import static org.diplograph.action.ActionTables.OCCURRED;
import static org.diplograph.action.ActionTables.PROVENANCE;
import static org.diplograph.action.ActionTables.isBetween;
import static org.diplograph.sql.schema.Tables.ACTION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.diplograph.action.Action;
import org.diplograph.action.ActionRepository;
import org.diplograph.action.ActionRollups;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads the actions between two countries, and their totals from the roll-ups, for where their relation stands. */
@Repository
class RelationRepository {

    /** Envoy and ties decisions are recognised by their PLOVER coding (see the schema's RelationSummary). */
    static final String SANCTION = "SANCTION";
    static final String EXPEL = "expel";
    static final String WITHDRAW = "withdraw";
    static final String BREAK_RELATIONS = "break_relations";

    record RelationTotals(int events, int cooperation, int conflict, double intensity, LocalDate first, LocalDate last) {
    }

    private final DSLContext dsl;
    private final ActionRollups rollups;

    RelationRepository(DSLContext dsl, ActionRollups rollups) {
        this.dsl = dsl;
        this.rollups = rollups;
    }

    /** Read from the roll-ups: the same at any number of actions. */
    RelationTotals totals(String one, String other) {
        ActionRollups.ScopeTotals totals = rollups.totalsOf(ActionRollups.pairScope(one, other));
        return new RelationTotals(totals.events(), totals.cooperation(), totals.conflict(), totals.intensity(), totals.first(),
                totals.last());
    }

    /** Non-negated SANCTION actions of the given mode, oldest first. */
    List<Action> sanctions(String one, String other, String mode) {
        return dsl.select(ActionRepository.FIELDS).from(ACTION)
                .where(isBetween(one, other)).and(PROVENANCE.live())
                .and(ACTION.PLOVER_TYPE.eq(SANCTION)).and(ACTION.PLOVER_MODE.eq(mode)).and(ACTION.NEGATED.isFalse())
                .orderBy(OCCURRED.on().asc().nullsLast(), ACTION.ID.asc())
                .fetch(ActionRepository::toAction);
    }

    /** The latest decision on diplomatic ties: the latest dated one, or failing that the latest recorded. */
    Optional<Action> latestTiesDecision(String one, String other) {
        Condition tiesDecision = ACTION.PLOVER_TYPE.eq(SANCTION).and(ACTION.PLOVER_MODE.eq(BREAK_RELATIONS));
        return dsl.select(ActionRepository.FIELDS).from(ACTION)
                .where(isBetween(one, other)).and(PROVENANCE.live()).and(tiesDecision)
                .orderBy(OCCURRED.on().desc().nullsLast(), ACTION.ID.desc())
                .limit(1)
                .fetchOptional(ActionRepository::toAction);
    }
}
