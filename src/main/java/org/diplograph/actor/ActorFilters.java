package org.diplograph.actor;

import static org.diplograph.sql.schema.Tables.ACTOR;
import static org.diplograph.sql.schema.Tables.ACTOR_ALIAS;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.selectOne;

import java.util.Locale;

import org.diplograph.country.CountryRepository;
import org.diplograph.sql.filter.Criteria;
import org.diplograph.sql.filter.FilterTree;
import org.jooq.Condition;
import org.springframework.stereotype.Component;

/** Compiles an {@link ActorFilter} into one SQL condition on the actor table, validating every value. */
@Component
class ActorFilters {

    private final CountryRepository countries;

    ActorFilters(CountryRepository countries) {
        this.countries = countries;
    }

    Condition compile(ActorFilter filter, String path) {
        return new FilterTree().compile(filter, path, this::criteria, ActorFilter::and, ActorFilter::or);
    }

    private Condition criteria(ActorFilter filter, String path) {
        return new Criteria(path)
                .names(filter.kinds(), "kinds", ACTOR.KIND)
                .values(filter.countries(), "countries",
                        (codes, at) -> ACTOR.COUNTRY_CODE.in(countries.requireAlpha2(codes, at)))
                .given(filter.name(), "name", ActorFilters::named)
                .given(filter.isNamed(), "isNamed", (named, at) -> named ? ACTOR.NAME.isNotNull() : ACTOR.NAME.isNull())
                .condition();
    }

    private static Condition named(String name, String path) {
        String needle = FilterTree.text(name, path).toLowerCase(Locale.ROOT);
        // The needle is a bind value; LIKE wildcards typed by the client are escaped, not interpreted.
        String pattern = "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return lower(ACTOR.NAME).like(pattern, '!')
                .or(lower(ACTOR.DESCRIPTION).like(pattern, '!'))
                .or(exists(selectOne().from(ACTOR_ALIAS).where(ACTOR_ALIAS.ACTOR_ID.eq(ACTOR.ID))
                        .and(lower(ACTOR_ALIAS.ALIAS).like(pattern, '!'))));
    }
}
