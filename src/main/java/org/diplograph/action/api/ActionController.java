package org.diplograph.action.api;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingEnvironment;
import org.diplograph.action.Action;
import org.diplograph.action.ActionAggregates;
import org.diplograph.action.ActionCount;
import org.diplograph.action.ActionFilter;
import org.diplograph.action.ActionFilters;
import org.diplograph.action.ActionGrouping;
import org.diplograph.action.ActionOrder;
import org.diplograph.action.ActionRepository;
import org.diplograph.action.IntensityPoint;
import org.diplograph.action.PartyRole;
import org.diplograph.action.SeriesInterval;
import org.diplograph.action.code.EventCode;
import org.diplograph.action.code.EventTaxonomy;
import org.diplograph.actor.Actor;
import org.diplograph.country.Country;
import org.diplograph.graphql.Batches;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.InvalidInputException;
import org.diplograph.graphql.NotFoundException;
import org.diplograph.graphql.PageRequest;
import org.diplograph.graphql.Paging;
import org.diplograph.graphql.node.NodeLinks;
import org.diplograph.source.Sentence;
import org.diplograph.source.Source;
import org.diplograph.source.SourceRepository;
import org.diplograph.sql.NestedConnections;
import org.diplograph.statement.Statement;
import org.jooq.Condition;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Actions, their parties and evidence, the event taxonomy, and the action lists of other types. */
@Controller
public class ActionController {

    private static final Pattern CAMEO_CODE = Pattern.compile("[0-9]{2,4}");

    private final ActionRepository actions;
    private final EventTaxonomy taxonomy;
    private final SourceRepository sources;
    private final ActionFilters filters;
    private final ActionAggregates aggregates;
    private final Paging paging;
    private final NestedConnections nested;
    private final ActionWriter writer;

    public ActionController(ActionRepository actions, EventTaxonomy taxonomy, SourceRepository sources,
                     ActionFilters filters, ActionAggregates aggregates, Paging paging, NestedConnections nested,
                     ActionWriter writer) {
        this.writer = writer;
        this.actions = actions;
        this.taxonomy = taxonomy;
        this.filters = filters;
        this.aggregates = aggregates;
        this.sources = sources;
        this.paging = paging;
        this.nested = nested;
    }

    /** The to-one links of {@code Action}, each loaded in batches. */
    @Bean
    static RuntimeWiringConfigurer actionLinks() {
        return NodeLinks.of("Action", Action.class)
                .link("placeCountry", Country.class, Action::placeCountryCode)
                .link("reportedIn", Statement.class, Action::reportedInKey)
                .link("source", Source.class, Action::sourceKey)
                .wiring();
    }

    @QueryMapping
    public Connection<Action> actions(@Argument ActionFilter filter, @Argument ActionOrder orderBy,
                               @Argument Boolean includeRetracted, DataFetchingEnvironment env) {
        PageRequest page = paging.request(env);
        boolean datedOnly = filter != null && filter.occurred() != null;
        boolean retractedToo = Boolean.TRUE.equals(includeRetracted);
        Condition condition = filters.compile(filter, "filter");
        OptionalInt rolledUp = Paging.wantsTotal(env) ? aggregates.rolledUpTotal(filter, retractedToo)
                : OptionalInt.empty();
        Connection<Action> found = actions.actions(condition, datedOnly, retractedToo, orderBy, page,
                Paging.wantsTotal(env) && rolledUp.isEmpty());
        return rolledUp.isPresent() ? found.withTotalCount(rolledUp.getAsInt()) : found;
    }

    @QueryMapping
    public List<ActionCount> actionCounts(@Argument ActionFilter filter, @Argument ActionGrouping groupBy) {
        return aggregates.counts(filter, groupBy);
    }

    @QueryMapping
    public List<IntensityPoint> intensitySeries(@Argument ActionFilter filter, @Argument SeriesInterval interval) {
        return aggregates.series(filter, interval);
    }

    @SchemaMapping(typeName = "ActionCount")
    public EventCode eventCode(ActionCount count) {
        return count.eventCodeKey() == null ? null : taxonomy.findEventCode(count.eventCodeKey());
    }

    @QueryMapping
    public EventCode eventCode(@Argument String code) {
        requireCameoShape(code, "code");
        return taxonomy.findEventCodes(List.of(code)).values().stream().findFirst().orElseThrow(
                () -> new NotFoundException("Could not resolve to a CAMEO EventCode with the code '%s'.".formatted(code)));
    }

    @QueryMapping
    public Connection<EventCode> eventCodes(@Argument String rootCode, DataFetchingEnvironment env) {
        if (rootCode != null) {
            requireCameoShape(rootCode, "rootCode");
            EventCode root = taxonomy.findEventCodes(List.of(rootCode)).get(rootCode);
            if (root == null || !root.isRoot()) {
                throw new InvalidInputException(
                        "'%s' is not a CAMEO root category: use a two-digit code from \"01\" to \"20\".".formatted(rootCode),
                        "rootCode", "INVALID_EVENT_CODE");
            }
        }
        return taxonomy.eventCodes(rootCode, paging.request(env), Paging.wantsTotal(env));
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    public ActionInputs.ActionPayload recordAction(@Argument ActionInputs.RecordActionInput input) {
        return writer.record(input);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    public ActionInputs.ActionPayload correctAction(@Argument ActionInputs.CorrectActionInput input) {
        return writer.correct(input);
    }

    /** Codes come from the taxonomy held in memory (EventTaxonomy#findEventCodes): no batch to wait for. */
    @SchemaMapping(typeName = "Action")
    public EventCode eventCode(Action action) {
        return taxonomy.findEventCode(action.eventCodeKey());
    }

    @BatchMapping(typeName = "Action")
    public Map<Action, List<Sentence>> evidence(List<Action> batch) {
        Map<Long, List<Long>> evidence = actions.evidenceOf(batch.stream().map(Action::key).toList());
        Map<Long, Sentence> sentences = sources.findSentences(evidence.values().stream().flatMap(List::stream).toList());
        return Batches.each(batch, action -> evidence.getOrDefault(action.key(), List.of()).stream()
                .map(sentences::get).toList());
    }

    @SchemaMapping(typeName = "EventCode")
    public EventCode root(EventCode code) {
        return taxonomy.findEventCode(code.rootCode());
    }

    @SchemaMapping(typeName = "EventCode", field = "actions")
    public CompletableFuture<Connection<Action>> actionsOfEventCode(EventCode code, DataFetchingEnvironment env) {
        return nested.load(ActionLoaders.OF_EVENT_CODE, code.code(), null, env);
    }

    @SchemaMapping(typeName = "Country", field = "actions")
    public CompletableFuture<Connection<Action>> actionsOfCountry(Country country, @Argument("as") PartyRole role,
                                                           DataFetchingEnvironment env) {
        return nested.load(ActionLoaders.OF_COUNTRY, country.code(), role, env);
    }

    @SchemaMapping(typeName = "Actor", field = "actions")
    public CompletableFuture<Connection<Action>> actionsOfActor(Actor actor, @Argument("as") PartyRole role,
                                                         DataFetchingEnvironment env) {
        return nested.load(ActionLoaders.OF_ACTOR, actor.key(), role, env);
    }

    @SchemaMapping(typeName = "Source", field = "actions")
    public CompletableFuture<Connection<Action>> actionsOfSource(Source source, DataFetchingEnvironment env) {
        return nested.load(ActionLoaders.OF_SOURCE, source.key(), null, env);
    }

    @BatchMapping(typeName = "Statement", field = "actions")
    public Map<Statement, List<Action>> actionsOfStatement(List<Statement> batch) {
        return Batches.lists(batch, Statement::key, actions::reportedIn);
    }

    @BatchMapping(typeName = "Sentence", field = "actions")
    public Map<Sentence, List<Action>> actionsCitingSentence(List<Sentence> batch) {
        return Batches.lists(batch, Sentence::key, actions::citing);
    }

    private static void requireCameoShape(String code, String argument) {
        if (!CAMEO_CODE.matcher(code).matches()) {
            throw new InvalidInputException(
                    "'%s' is not a CAMEO code: codes are two to four digits, leading zeros included (\"0211\")."
                            .formatted(code), argument, "INVALID_EVENT_CODE");
        }
    }
}
