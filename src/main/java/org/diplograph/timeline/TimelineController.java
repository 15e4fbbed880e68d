package org.diplograph.timeline;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.diplograph.action.Action;
import org.diplograph.action.ActionRepository;
import org.diplograph.action.code.EventTaxonomy;
import org.diplograph.country.Country;
import org.diplograph.country.CountryRepository;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.NotFoundException;
import org.diplograph.graphql.Paging;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.sql.filter.DateRange;
import org.diplograph.statement.Statement;
import org.diplograph.statement.StatementRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The timeline: statements and actions together, in date order. */
@Controller
class TimelineController {

    private final TimelineRepository timeline;
    private final ActionRepository actions;
    private final StatementRepository statements;
    private final CountryRepository countries;
    private final EventTaxonomy taxonomy;
    private final Paging paging;

    TimelineController(TimelineRepository timeline, ActionRepository actions, StatementRepository statements,
                       CountryRepository countries, EventTaxonomy taxonomy, Paging paging) {
        this.timeline = timeline;
        this.actions = actions;
        this.statements = statements;
        this.countries = countries;
        this.taxonomy = taxonomy;
        this.paging = paging;
    }

    @QueryMapping
    Connection<Object> timeline(@Argument List<String> countries, @Argument List<String> actors,
                                @Argument List<String> rootCodes, @Argument DateRange dated,
                                @Argument Boolean includeRetracted, DataFetchingEnvironment env) {
        List<String> countryCodes = countries == null ? null : countries.stream().map(this::alpha2).toList();
        List<Long> actorKeys = actors == null ? null
                : actors.stream().map(id -> GlobalId.decodeNumeric(id, NodeType.ACTOR, "actors")).toList();
        List<String> roots = rootCodes == null ? null : taxonomy.requireEventCodes(rootCodes, true, "rootCodes");
        TimelineRepository.Scope scope = new TimelineRepository.Scope(countryCodes, actorKeys, roots, dated,
                Boolean.TRUE.equals(includeRetracted));
        Connection<TimelineRepository.EntryRef> refs = timeline.entries(scope, paging.request(env), Paging.wantsTotal(env));
        Map<Long, Action> foundActions = actions.findActions(keysOf(refs, TimelineRepository.ACTION));
        Map<Long, Statement> foundStatements = statements.findStatements(keysOf(refs, TimelineRepository.STATEMENT));
        List<Connection.Edge<Object>> edges = refs.edges().stream()
                .map(edge -> edge.<Object>withNode(TimelineRepository.ACTION.equals(edge.node().kind())
                        ? foundActions.get(edge.node().key()) : foundStatements.get(edge.node().key())))
                .toList();
        return new Connection<>(edges, refs.pageInfo(), refs.totalCount());
    }

    private String alpha2(String code) {
        return countries.findByIsoCode(code, "countries").map(Country::code).orElseThrow(
                () -> new NotFoundException("Could not resolve to a Country with the code '%s'.".formatted(code)));
    }

    private static List<Long> keysOf(Connection<TimelineRepository.EntryRef> refs, String kind) {
        return refs.nodes().stream().filter(ref -> ref.kind().equals(kind)).map(TimelineRepository.EntryRef::key).toList();
    }
}
