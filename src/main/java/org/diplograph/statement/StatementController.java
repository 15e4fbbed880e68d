package org.diplograph.statement;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.diplograph.actor.Actor;
import org.diplograph.actor.ActorRepository;
import org.diplograph.country.Country;
import org.diplograph.country.CountryRepository;
import org.diplograph.graphql.Batches;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.InvalidInputException;
import org.diplograph.graphql.PageRequest;
import org.diplograph.graphql.PaginationProperties;
import org.diplograph.graphql.Paging;
import org.diplograph.graphql.node.Identified;
import org.diplograph.graphql.node.NodeLinks;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.graphql.node.Nodes;
import org.diplograph.source.Sentence;
import org.diplograph.source.Source;
import org.diplograph.sql.NestedConnections;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Statements, their links, and the statement lists of actors, countries, sources and sentences. */
@Controller
class StatementController {

    private final StatementRepository statements;
    private final ActorRepository actors;
    private final CountryRepository countries;
    private final Nodes nodes;
    private final StatementFilters filters;
    private final PaginationProperties limits;
    private final Paging paging;
    private final NestedConnections nested;
    private final StatementWriter writer;

    StatementController(StatementRepository statements, ActorRepository actors, CountryRepository countries,
                        Nodes nodes, StatementFilters filters, PaginationProperties limits,
                        Paging paging, NestedConnections nested, StatementWriter writer) {
        this.writer = writer;
        this.filters = filters;
        this.limits = limits;
        this.statements = statements;
        this.actors = actors;
        this.countries = countries;
        this.nodes = nodes;
        this.paging = paging;
        this.nested = nested;
    }

    /** The to-one links of {@code SpeakerCount}, {@code Statement}, each loaded in batches. */
    @Bean
    static RuntimeWiringConfigurer statementLinks() {
        return NodeLinks.of("SpeakerCount", SpeakerCount.class)
                .link("speaker", Actor.class, SpeakerCount::speakerKey)
                .and("Statement", Statement.class)
                .link("speaker", Actor.class, Statement::speakerKey)
                .link("evidence", Sentence.class, Statement::sentenceKey)
                .link("source", Source.class, Statement::sourceKey)
                .wiring();
    }

    @QueryMapping
    Connection<Statement> statements(@Argument StatementFilter filter, @Argument StatementOrder orderBy,
                                     @Argument Boolean includeRetracted, DataFetchingEnvironment env) {
        PageRequest page = paging.request(env);
        boolean datedOnly = filter != null && filter.said() != null;
        return statements.statements(filters.compile(filter, "filter"), datedOnly, Boolean.TRUE.equals(includeRetracted),
                orderBy, page, Paging.wantsTotal(env));
    }

    @QueryMapping
    List<SpeakerCount> statementCounts(@Argument StatementFilter filter, @Argument Integer first) {
        int limit = first == null ? limits.defaultPageSize() : first;
        if (limit < 0 || limit > limits.maxPageSize()) {
            throw new InvalidInputException("'first' on 'statementCounts' must be 0 to %d (got %d)."
                    .formatted(limits.maxPageSize(), limit), "first", "INVALID_PAGE_SIZE");
        }
        return statements.countsBySpeaker(filters.compile(filter, "filter"), limit);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    StatementInputs.StatementPayload recordStatement(@Argument StatementInputs.RecordStatementInput input) {
        return writer.record(input);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    StatementInputs.StatementPayload correctStatement(@Argument StatementInputs.CorrectStatementInput input) {
        return writer.correct(input);
    }

    @BatchMapping(typeName = "Statement")
    Map<Statement, List<Actor>> audience(List<Statement> batch) {
        Map<Long, List<Long>> audience = statements.audienceOf(batch.stream().map(Statement::key).toList());
        Map<Long, Actor> found = actors.findActors(audience.values().stream().flatMap(List::stream).toList());
        return Batches.each(batch, statement -> audience.getOrDefault(statement.key(), List.of()).stream()
                .map(found::get).filter(Objects::nonNull).toList());
    }

    /** Subjects are actors, countries or actions: one query for the links, then one per kind present. */
    @BatchMapping(typeName = "Statement")
    Map<Statement, List<Object>> subjects(List<Statement> batch) {
        List<SubjectRef> refs = statements.subjectsOf(batch.stream().map(Statement::key).toList());
        Set<Long> actorKeys = new HashSet<>();
        Set<String> countryCodes = new HashSet<>();
        Set<Long> actionKeys = new HashSet<>();
        for (SubjectRef ref : refs) {
            if (ref.actorKey() != null) {
                actorKeys.add(ref.actorKey());
            } else if (ref.countryCode() != null) {
                countryCodes.add(ref.countryCode());
            } else {
                actionKeys.add(ref.actionKey());
            }
        }
        Map<Long, Actor> foundActors = actorKeys.isEmpty() ? Map.of() : actors.findActors(actorKeys);
        Map<String, Country> foundCountries = countryCodes.isEmpty() ? Map.of() : countries.findByCodes(countryCodes);
        // Actions sit above statements (an action can be reported in one): they are found through the node registry.
        Map<String, ? extends Identified> foundActions = actionKeys.isEmpty() ? Map.of()
                : nodes.find(NodeType.ACTION, actionKeys.stream().map(String::valueOf).toList());
        return Batches.each(batch, statement -> refs.stream()
                .filter(ref -> ref.statementKey() == statement.key())
                .map(ref -> ref.actorKey() != null ? foundActors.get(ref.actorKey())
                        : ref.countryCode() != null ? foundCountries.get(ref.countryCode())
                        : (Object) foundActions.get(String.valueOf(ref.actionKey())))
                .filter(Objects::nonNull)
                .toList());
    }

    @SchemaMapping(typeName = "Actor", field = "statements")
    CompletableFuture<Connection<Statement>> statementsBySpeaker(Actor actor, DataFetchingEnvironment env) {
        return nested.load(StatementLoaders.BY_SPEAKER, actor.key(), null, env);
    }

    @SchemaMapping(typeName = "Actor", field = "statementsAbout")
    CompletableFuture<Connection<Statement>> statementsAboutActor(Actor actor, DataFetchingEnvironment env) {
        return nested.load(StatementLoaders.ABOUT_ACTOR, actor.key(), null, env);
    }

    @SchemaMapping(typeName = "Country", field = "statementsAbout")
    CompletableFuture<Connection<Statement>> statementsAboutCountry(Country country, DataFetchingEnvironment env) {
        return nested.load(StatementLoaders.ABOUT_COUNTRY, country.code(), null, env);
    }

    @SchemaMapping(typeName = "Source", field = "statements")
    CompletableFuture<Connection<Statement>> statementsOfSource(Source source, DataFetchingEnvironment env) {
        return nested.load(StatementLoaders.OF_SOURCE, source.key(), null, env);
    }

    @BatchMapping(typeName = "Sentence", field = "statements")
    Map<Sentence, List<Statement>> statementsCitingSentence(List<Sentence> batch) {
        return Batches.lists(batch, Sentence::key, statements::citing);
    }
}
