package org.diplograph.statement;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.Collection;

import org.diplograph.sql.schema.Tables;
import org.diplograph.sql.schema.tables.Actor;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;

/** Conditions on statements that other features (the timeline) combine with their own. */
public final class StatementTables {

    private StatementTables() {
    }

    public static final Field<Long> ID = StatementRepository.ID;
    public static final Table<?> STATEMENT = StatementRepository.STATEMENT;
    public static final Field<LocalDate> SAID_ON = StatementRepository.SAID.on();

    /** Not retracted, unless asked to include retracted statements. */
    public static Condition liveUnless(boolean includeRetracted) {
        return StatementRepository.PROVENANCE.liveUnless(includeRetracted);
    }

    private static final Actor ACTOR = Tables.ACTOR;
    private static final Field<Long> ACTOR_ID = ACTOR.ID;
    private static final Field<String> ACTOR_COUNTRY = ACTOR.COUNTRY_CODE;

    /** The statement involves one of the actors: as speaker, in its audience, or as a subject. */
    public static Condition involvesActors(Collection<Long> actorKeys) {
        return StatementRepository.SPEAKER.in(actorKeys)
                .or(exists(selectOne().from(StatementRepository.AUDIENCE)
                        .where(StatementRepository.AUDIENCE_STATEMENT.eq(ID))
                        .and(StatementRepository.AUDIENCE_ACTOR.in(actorKeys))))
                .or(exists(selectOne().from(StatementRepository.SUBJECT)
                        .where(StatementRepository.SUBJECT_STATEMENT.eq(ID))
                        .and(StatementRepository.SUBJECT_ACTOR.in(actorKeys))));
    }

    /** The statement involves one of the countries: through an involved actor of it, or the country as a subject. */
    public static Condition involvesCountries(Collection<String> countryCodes) {
        var actorsOfCountries = select(ACTOR_ID).from(ACTOR).where(ACTOR_COUNTRY.in(countryCodes));
        return StatementRepository.SPEAKER.in(actorsOfCountries)
                .or(exists(selectOne().from(StatementRepository.AUDIENCE)
                        .where(StatementRepository.AUDIENCE_STATEMENT.eq(ID))
                        .and(StatementRepository.AUDIENCE_ACTOR.in(actorsOfCountries))))
                .or(exists(selectOne().from(StatementRepository.SUBJECT)
                        .where(StatementRepository.SUBJECT_STATEMENT.eq(ID))
                        .and(StatementRepository.SUBJECT_COUNTRY.in(countryCodes)
                                .or(StatementRepository.SUBJECT_ACTOR.in(actorsOfCountries)))));
    }
}
