package org.diplograph.figure;

import static org.diplograph.sql.schema.Tables.FIGURE;

import java.util.List;

import org.diplograph.country.CountryRepository;
import org.diplograph.figure.FigureInputs.FigureFilter;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.sql.FilterTree;
import org.jooq.Condition;
import org.jooq.impl.DSL;
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
        Condition condition = DSL.noCondition();
        if (filter.kinds() != null) {
            condition = condition.and(FIGURE.KIND.in(FilterTree.values(filter.kinds(), path + ".kinds").stream()
                    .map(Enum::name).toList()));
        }
        if (filter.exactness() != null) {
            condition = condition.and(FIGURE.EXACTNESS.in(FilterTree.values(filter.exactness(), path + ".exactness")
                    .stream().map(Enum::name).toList()));
        }
        if (filter.countries() != null) {
            condition = condition.and(FIGURE.ABOUT_COUNTRY.in(countries.requireAlpha2(
                    FilterTree.values(filter.countries(), path + ".countries"), path + ".countries")));
        }
        if (filter.actors() != null) {
            List<Long> actors = keys(filter.actors(), NodeType.ACTOR, path + ".actors");
            condition = condition.and(FIGURE.ABOUT_ACTOR_ID.in(actors).or(FIGURE.REPORTED_BY_ID.in(actors)));
        }
        if (filter.actions() != null) {
            condition = condition.and(FIGURE.ABOUT_ACTION_ID.in(keys(filter.actions(), NodeType.ACTION, path + ".actions")));
        }
        return condition;
    }

    private static List<Long> keys(List<String> ids, NodeType type, String path) {
        return FilterTree.values(ids, path).stream().map(id -> GlobalId.decodeNumeric(id, type, path)).toList();
    }
}
