package org.diplograph.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;
import org.diplograph.action.Action;
import org.diplograph.action.ActionAggregates;
import org.diplograph.action.ActionCount;
import org.diplograph.action.ActionFilter;
import org.diplograph.action.ActionGrouping;
import org.diplograph.action.ActionRepository;
import org.diplograph.action.ActionTables;
import org.diplograph.action.IntensityPoint;
import org.diplograph.action.SeriesInterval;
import org.diplograph.country.Country;
import org.diplograph.country.CountryRepository;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.InvalidInputException;
import org.diplograph.graphql.NotFoundException;
import org.diplograph.graphql.Paging;
import org.diplograph.sql.filter.DateRange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The bilateral view: the events between two countries and where their relation stands. */
@Controller
class RelationController {

    private final CountryRepository countries;
    private final RelationRepository relations;
    private final ActionRepository actions;
    private final ActionAggregates aggregates;
    private final Paging paging;

    RelationController(CountryRepository countries, RelationRepository relations, ActionRepository actions,
                       ActionAggregates aggregates, Paging paging) {
        this.countries = countries;
        this.relations = relations;
        this.actions = actions;
        this.aggregates = aggregates;
        this.paging = paging;
    }

    @QueryMapping
    BilateralRelation relation(@Argument List<String> between) {
        if (between.size() != 2) {
            throw new InvalidInputException(
                    "'between' takes exactly two country codes, e.g. [\"MX\", \"PE\"] (got %d).".formatted(between.size()),
                    "between", "INVALID_COUNTRY_PAIR");
        }
        return relationOf(country(between.get(0), "between"), between.get(1), "between");
    }

    @SchemaMapping(typeName = "Country")
    BilateralRelation relationWith(Country country, @Argument("country") String other) {
        return relationOf(country, other, "country");
    }

    private BilateralRelation relationOf(Country first, String otherCode, String argument) {
        Country second = country(otherCode, argument);
        if (first.code().equals(second.code())) {
            throw new InvalidInputException(
                    "A bilateral relation needs two different countries; both codes name %s.".formatted(first.name()),
                    argument, "INVALID_COUNTRY_PAIR");
        }
        return new BilateralRelation(first, second);
    }

    private Country country(String code, String argument) {
        return countries.findByIsoCode(code, argument).orElseThrow(
                () -> new NotFoundException("Could not resolve to a Country with the code '%s'.".formatted(code)));
    }

    @SchemaMapping(typeName = "BilateralRelation")
    Connection<Action> events(BilateralRelation relation, DataFetchingEnvironment env) {
        return actions.actions(ActionTables.between(relation.first().code(), relation.second().code()), false, null,
                paging.request(env), Paging.wantsTotal(env));
    }

    @SchemaMapping(typeName = "BilateralRelation")
    List<ActionCount> actionCounts(BilateralRelation relation, @Argument ActionGrouping groupBy) {
        return aggregates.counts(filterOf(relation), groupBy);
    }

    @SchemaMapping(typeName = "BilateralRelation")
    List<IntensityPoint> intensitySeries(BilateralRelation relation, @Argument SeriesInterval interval,
                                         @Argument DateRange occurred) {
        return aggregates.series(filterOf(relation).occurredWithin(occurred), interval);
    }

    private static ActionFilter filterOf(BilateralRelation relation) {
        return ActionFilter.between(relation.first().code(), relation.second().code());
    }

    @SchemaMapping(typeName = "BilateralRelation")
    RelationSummary summary(BilateralRelation relation) {
        String one = relation.first().code();
        String other = relation.second().code();
        RelationRepository.RelationTotals totals = relations.totals(one, other);
        List<Action> expelled = relations.sanctions(one, other, RelationRepository.EXPEL);
        List<Action> recalled = relations.sanctions(one, other, RelationRepository.WITHDRAW);
        Optional<Action> tiesDecision = relations.latestTiesDecision(one, other);
        DiplomaticTies ties = tiesDecision
                .map(decision -> decision.negated() ? DiplomaticTies.MAINTAINED : DiplomaticTies.BROKEN)
                .orElse(DiplomaticTies.NO_CHANGE_REPORTED);
        Double mean = totals.events() == 0 ? null : totals.intensity() / totals.events();
        String standing = standing(relation, ties, tiesDecision.orElse(null), expelled, recalled, totals);
        return new RelationSummary(ties, tiesDecision.orElse(null), expelled, recalled, totals.events(),
                totals.cooperation(), totals.conflict(), totals.intensity(), mean, totals.first(), totals.last(),
                standing);
    }

    /** One plain sentence (or three) for people, built only from the derived facts. */
    static String standing(BilateralRelation relation, DiplomaticTies ties, Action tiesDecision, List<Action> expelled,
                           List<Action> recalled, RelationRepository.RelationTotals totals) {
        String pair = relation.first().name() + " and " + relation.second().name();
        if (totals.events() == 0) {
            return "No events between %s are recorded.".formatted(pair);
        }
        List<String> parts = new ArrayList<>();
        parts.add(switch (ties) {
            case MAINTAINED -> "Diplomatic ties between %s are maintained: %s (%s).".formatted(pair,
                    tiesDecision.summary(), dateOf(tiesDecision));
            case BROKEN -> "Diplomatic ties between %s are broken: %s (%s).".formatted(pair,
                    tiesDecision.summary(), dateOf(tiesDecision));
            case NO_CHANGE_REPORTED -> "No decision on diplomatic ties between %s is recorded.".formatted(pair);
        });
        if (!expelled.isEmpty()) {
            parts.add("Envoys expelled: " + listed(expelled) + ".");
        }
        if (!recalled.isEmpty()) {
            parts.add("Envoys recalled: " + listed(recalled) + ".");
        }
        parts.add(String.format(Locale.ROOT, "%d events (%d cooperative, %d conflictual), net intensity %.1f.",
                totals.events(), totals.cooperation(), totals.conflict(), totals.intensity()));
        return String.join(" ", parts);
    }

    private static String listed(List<Action> actions) {
        return String.join("; ", actions.stream().map(a -> a.summary() + " (" + dateOf(a) + ")").toList());
    }

    private static String dateOf(Action action) {
        return action.occurred().date() == null ? "date unknown" : action.occurred().date().toString();
    }
}
