package org.diplograph.figure;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.diplograph.action.Action;
import org.diplograph.actor.Actor;
import org.diplograph.country.Country;
import org.diplograph.fact.FactRegistration;
import org.diplograph.figure.FigureInputs.CorrectFigureInput;
import org.diplograph.figure.FigureInputs.FigureFilter;
import org.diplograph.figure.FigureInputs.FigureOrder;
import org.diplograph.figure.FigureInputs.FigurePayload;
import org.diplograph.figure.FigureInputs.RecordFigureInput;
import org.diplograph.figure.FigureRepository.FigureTotal;
import org.diplograph.graphql.Batches;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.Paging;
import org.diplograph.graphql.node.NodeLinks;
import org.diplograph.graphql.node.NodeResolver;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.relation.BilateralRelation;
import org.diplograph.source.Sentence;
import org.diplograph.source.Source;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Figures in the API: how the kernel finds them (node ids, registration), the root connection and totals, their links,
 * the figures of actions, actors and countries, and the mutations.
 */
@Controller
class FigureController {

    private final FigureRepository figures;
    private final FigureFilters filters;
    private final FigureWriter writer;
    private final Paging paging;

    FigureController(FigureRepository figures, FigureFilters filters, FigureWriter writer, Paging paging) {
        this.figures = figures;
        this.filters = filters;
        this.writer = writer;
        this.paging = paging;
    }

    @Bean
    static NodeResolver figureNodes(FigureRepository figures) {
        return NodeResolver.numeric(NodeType.FIGURE, figures::findFigures);
    }

    /** How the kernel loads a figure and whom it involves; figures feed no derived table. */
    @Bean
    static FactRegistration figureFacts(FigureRepository figures) {
        return new FactRegistration(FigureRepository.FACTS, figures::findFigure, key -> { },
                fact -> figures.involvement((Figure) fact));
    }

    @Bean
    static RuntimeWiringConfigurer figureLinks() {
        return NodeLinks.of("Figure", Figure.class).link("evidence", Sentence.class, Figure::sentenceKey)
                .link("source", Source.class, Figure::sourceKey).link("aboutAction", Action.class, Figure::aboutActionKey)
                .link("aboutActor", Actor.class, Figure::aboutActorKey)
                .link("aboutCountry", Country.class, Figure::aboutCountryCode)
                .link("reportedBy", Actor.class, Figure::reportedByKey).wiring();
    }

    @QueryMapping
    Connection<Figure> figures(@Argument FigureFilter filter, @Argument FigureOrder orderBy,
                               @Argument Boolean includeRetracted, DataFetchingEnvironment env) {
        return figures.figures(filters.compile(filter, "filter"), Boolean.TRUE.equals(includeRetracted), orderBy,
                paging.request(env), Paging.wantsTotal(env));
    }

    @QueryMapping
    List<FigureTotal> figureTotals(@Argument FigureFilter filter) {
        return figures.totals(filters.compile(filter, "filter"));
    }

    @SchemaMapping(typeName = "BilateralRelation", field = "figureTotals")
    List<FigureTotal> relationFigureTotals(BilateralRelation relation) {
        return figures.totalsBetween(relation.first().code(), relation.second().code());
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    FigurePayload recordFigure(@Argument RecordFigureInput input) {
        return writer.record(input);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    FigurePayload correctFigure(@Argument CorrectFigureInput input) {
        return writer.correct(input);
    }

    @BatchMapping(typeName = "Action", field = "figures")
    Map<Action, List<Figure>> figuresOfActions(List<Action> batch) {
        return Batches.lists(batch, Action::key, figures::aboutActions);
    }

    @BatchMapping(typeName = "Actor", field = "figures")
    Map<Actor, List<Figure>> figuresOfActors(List<Actor> batch) {
        return Batches.lists(batch, Actor::key, figures::aboutActors);
    }

    @BatchMapping(typeName = "Country", field = "figures")
    Map<Country, List<Figure>> figuresOfCountries(List<Country> batch) {
        return Batches.lists(batch, Country::code, figures::aboutCountries);
    }
}
