package org.diplograph.statement;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.Collection;

import org.diplograph.sql.schema.Tables;
import org.jooq.Condition;
import org.jooq.Field;

/** Conditions on statements that other features (the timeline) combine with their own. */
public final class StatementTables {

    private StatementTables() {
    }

    public static final Field<LocalDate> SAID_ON = StatementRepository.SAID.on();

    /** Not retracted, unless asked to include retracted statements. */
    public static Condition liveUnless(boolean includeRetracted) {
        return StatementRepository.PROVENANCE.liveUnless(includeRetracted);
    }

    /** The statement involves one of the actors: as speaker, in its audience, or as a subject. */
    public static Condition involvesActors(Collection<Long> actorKeys) {
        return Tables.STATEMENT.SPEAKER_ID.in(actorKeys)
                .or(exists(selectOne().from(Tables.STATEMENT_AUDIENCE)
                        .where(Tables.STATEMENT_AUDIENCE.STATEMENT_ID.eq(Tables.STATEMENT.ID))
                        .and(Tables.STATEMENT_AUDIENCE.ACTOR_ID.in(actorKeys))))
                .or(exists(selectOne().from(Tables.STATEMENT_SUBJECT)
                        .where(Tables.STATEMENT_SUBJECT.STATEMENT_ID.eq(Tables.STATEMENT.ID))
                        .and(Tables.STATEMENT_SUBJECT.ACTOR_ID.in(actorKeys))));
    }

    /** The statement involves one of the countries: through an involved actor of it, or the country as a subject. */
    public static Condition involvesCountries(Collection<String> countryCodes) {
        var actorsOfCountries = select(Tables.ACTOR.ID).from(Tables.ACTOR).where(Tables.ACTOR.COUNTRY_CODE.in(countryCodes));
        return Tables.STATEMENT.SPEAKER_ID.in(actorsOfCountries)
                .or(exists(selectOne().from(Tables.STATEMENT_AUDIENCE)
                        .where(Tables.STATEMENT_AUDIENCE.STATEMENT_ID.eq(Tables.STATEMENT.ID))
                        .and(Tables.STATEMENT_AUDIENCE.ACTOR_ID.in(actorsOfCountries))))
                .or(exists(selectOne().from(Tables.STATEMENT_SUBJECT)
                        .where(Tables.STATEMENT_SUBJECT.STATEMENT_ID.eq(Tables.STATEMENT.ID))
                        .and(Tables.STATEMENT_SUBJECT.COUNTRY_CODE.in(countryCodes)
                                .or(Tables.STATEMENT_SUBJECT.ACTOR_ID.in(actorsOfCountries)))));
    }
}
