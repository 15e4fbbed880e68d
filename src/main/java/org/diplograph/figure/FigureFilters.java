package org.diplograph.figure;

import static org.diplograph.sql.schema.Tables.FIGURE;

import java.util.List;

import org.diplograph.country.CountryRepository;
import org.diplograph.figure.FigureInputs.FigureFilter;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.sql.filter.Criteria;
import org.diplograph.sql.filter.FilterTree;
import org.jooq.Condition;
import org.springframework.stereotype.Component;

/** Compiles a {@link FigureFilter} into a condition on the figure table; every value is a bind value. */
@Component
class FigureFilters {

    private final CountryRepository countries;

    FigureFilters(CountryRepository countries) {
        this.countries = countries;
    }

    Condition compile(FigureFilter filter, String path) {
        return new FilterTree().compile(filter, path, this::criteria, FigureFilter::and, FigureFilter::or);
    }

    private Condition criteria(FigureFilter filter, String path) {
        return new Criteria(path)
                .names(filter.kinds(), "kinds", FIGURE.KIND)
                .names(filter.exactness(), "exactness", FIGURE.EXACTNESS)
                .values(filter.countries(), "countries",
                        (codes, at) -> FIGURE.ABOUT_COUNTRY.in(countries.requireAlpha2(codes, at)))
                .ids(filter.actors(), "actors", NodeType.ACTOR,
                        actors -> FIGURE.ABOUT_ACTOR_ID.in(actors).or(FIGURE.REPORTED_BY_ID.in(actors)))
                .ids(filter.actions(), "actions", NodeType.ACTION, FIGURE.ABOUT_ACTION_ID::in)
                .condition();
    }
}
