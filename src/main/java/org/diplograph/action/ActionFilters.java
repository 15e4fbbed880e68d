package org.diplograph.action;

import static org.diplograph.action.ActionTables.OCCURRED;
import static org.diplograph.sql.schema.Tables.ACTION;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.diplograph.action.code.EventTaxonomy;
import org.diplograph.action.code.QuadClass;
import org.diplograph.country.CountryRepository;
import org.diplograph.graphql.InvalidInputException;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.sql.filter.Criteria;
import org.diplograph.sql.filter.FilterTree;
import org.diplograph.sql.filter.WordSearch;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Compiles an {@link ActionFilter} into one SQL condition on the action table, validating every value on the way:
 * codes must exist in the taxonomy, countries in the database, ids must name actors, ranges must be non-empty and
 * ordered.
 */
@Component
public class ActionFilters {

    /** The criteria a roll-up row is kept by (its scope and day); every other criterion needs the raw rows. */
    static final Set<String> ROLLUP_SCOPE = Set.of("countries", "between", "occurred");

    private final EventTaxonomy taxonomy;
    private final CountryRepository countries;
    private final DSLContext dsl;

    public ActionFilters(EventTaxonomy taxonomy, CountryRepository countries, DSLContext dsl) {
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.dsl = dsl;
    }

    public Condition compile(ActionFilter filter, String path) {
        return new FilterTree().compile(filter, path, this::criteria, ActionFilter::and, ActionFilter::or);
    }

    private Condition criteria(ActionFilter filter, String path) {
        return new Criteria(path)
                .values(filter.eventCodes(), "eventCodes",
                        (codes, at) -> ACTION.EVENT_CODE.in(taxonomy.requireEventCodes(codes, false, at)))
                .values(filter.rootCodes(), "rootCodes",
                        (codes, at) -> ACTION.ROOT_CODE.in(taxonomy.requireEventCodes(codes, true, at)))
                .values(filter.quadClasses(), "quadClasses",
                        (classes, at) -> ACTION.QUAD_CLASS.in(classes.stream().map(QuadClass::number).toList()))
                .ids(filter.actors(), "actors", NodeType.ACTOR,
                        actors -> ActionTables.hasActor(actors, List.of(PartyRole.ACTOR)))
                .ids(filter.recipients(), "recipients", NodeType.ACTOR,
                        recipients -> ActionTables.hasActor(recipients, List.of(PartyRole.RECIPIENT)))
                .ids(filter.involving(), "involving", NodeType.ACTOR,
                        involved -> ActionTables.hasActor(involved, List.of()))
                .values(filter.countries(), "countries",
                        (codes, at) -> ActionTables.hasPartyFromCountry(countries.requireAlpha2(codes, at), List.of()))
                .values(filter.actorCountries(), "actorCountries", (codes, at) -> ActionTables.hasPartyFromCountry(
                        countries.requireAlpha2(codes, at), List.of(PartyRole.ACTOR)))
                .values(filter.recipientCountries(), "recipientCountries", (codes, at) -> ActionTables
                        .hasPartyFromCountry(countries.requireAlpha2(codes, at), List.of(PartyRole.RECIPIENT)))
                .values(filter.between(), "between", this::between)
                .given(filter.occurred(), "occurred", (occurred, at) -> occurred.contains(OCCURRED.on(), at))
                .given(filter.intensity(), "intensity",
                        (intensity, at) -> intensity.contains(ACTION.INTENSITY, -10, 10, at))
                .given(filter.negated(), "negated", (negated, at) -> ACTION.NEGATED.eq(negated))
                .names(filter.datasets(), "datasets", ACTION.DATASET)
                .given(filter.search(), "search", (search, at) -> WordSearch.of(dsl.dialect(), ACTION.SUMMARY, search, at))
                .condition();
    }

    private Condition between(List<String> codes, String path) {
        List<String> pair = countries.requireAlpha2(codes, path);
        if (pair.size() != 2 || pair.get(0).equals(pair.get(1))) {
            throw new InvalidInputException("'%s' takes exactly two different countries.".formatted(path), path,
                    "INVALID_COUNTRY_PAIR");
        }
        return ActionTables.between(pair.get(0), pair.get(1));
    }

    /**
     * Whether a roll-up answers the filter exactly: no filter (everything), one country in {@code countries}, or a
     * {@code between} pair, optionally (when {@code datesAllowed}) with an {@code occurred} range. Any other criterion
     * needs the raw rows. Looks at the filter's shape only, so it never refuses anything. The scope is an allow-list
     * ({@link #ROLLUP_SCOPE}): a criterion added to {@link ActionFilter} later is one the roll-ups do not know, so a
     * filter using it is counted from the raw rows until someone decides otherwise.
     */
    public boolean answeredByRollup(ActionFilter filter, boolean datesAllowed) {
        if (filter == null) {
            return true;
        }
        for (RecordComponent component : ActionFilter.class.getRecordComponents()) {
            if (!ROLLUP_SCOPE.contains(component.getName()) && valueOf(component, filter) != null) {
                return false;
            }
        }
        if (!datesAllowed && filter.occurred() != null) {
            return false;
        }
        boolean oneCountry = filter.countries() != null && filter.countries().size() == 1 && filter.between() == null;
        boolean pair = filter.between() != null && filter.countries() == null;
        boolean neither = filter.countries() == null && filter.between() == null;
        return oneCountry || pair || neither;
    }

    private static Object valueOf(RecordComponent component, ActionFilter filter) {
        try {
            return component.getAccessor().invoke(filter);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException("A record's accessor cannot be called: " + component, impossible);
        }
    }

    /**
     * The roll-up scope that answers the filter exactly, if {@link #answeredByRollup one does}. Call after
     * {@link #compile}, which has checked the filter.
     */
    public Optional<String> rollupScope(ActionFilter filter, String path, boolean datesAllowed) {
        if (!answeredByRollup(filter, datesAllowed)) {
            return Optional.empty();
        }
        if (filter != null && filter.between() != null) {
            List<String> pair = countryCodes(filter.between(), path + ".between");
            return Optional.of(ActionRollups.pairScope(pair.get(0), pair.get(1)));
        }
        if (filter != null && filter.countries() != null) {
            return Optional.of(ActionRollups.countryScope(countryCodes(filter.countries(), path + ".countries").get(0)));
        }
        return Optional.of(ActionRollups.ALL);
    }

    private List<String> countryCodes(List<String> codes, String path) {
        return countries.requireAlpha2(FilterTree.values(codes, path), path);
    }
}
