package org.diplograph.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import org.diplograph.actor.Actor;
import org.diplograph.actor.ActorRole;
import org.diplograph.country.CountryRepository;
import org.diplograph.graphql.Batches;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.GlobalId;
import org.diplograph.graphql.NodeType;
import org.diplograph.graphql.Paging;
import org.diplograph.action.Action;
import org.diplograph.source.Source;
import org.diplograph.statement.Statement;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** Retraction, the audit trail, revision histories and the live feed of changes. */
@Controller
class AuditController {

    private final Retractions retractions;
    private final RevisionLog revisions;
    private final FactChanges changes;
    private final CountryRepository countries;
    private final Paging paging;

    AuditController(Retractions retractions, RevisionLog revisions, FactChanges changes, CountryRepository countries,
                    Paging paging) {
        this.retractions = retractions;
        this.revisions = revisions;
        this.changes = changes;
        this.countries = countries;
        this.paging = paging;
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    FactPayload retractFact(@Argument RetractFactInput input) {
        return retractions.retract(input);
    }

    @QueryMapping
    Connection<Revision> auditTrail(@Argument String by, @Argument FactType factType, DataFetchingEnvironment env) {
        return revisions.trail(by, factType, paging.request(env), Paging.wantsTotal(env));
    }

    @SchemaMapping(typeName = "Revision")
    Fact fact(Revision revision) {
        return retractions.registration(revision.factType()).load().apply(revision.factKey());
    }

    @SchemaMapping(typeName = "Revision")
    Map<String, Object> snapshot(Revision revision) {
        return revisions.parse(revision.snapshotJson());
    }

    @BatchMapping(typeName = "Source", field = "revisions")
    Map<Source, List<Revision>> sourceRevisions(List<Source> batch) {
        return history(batch, FactType.SOURCE);
    }

    @BatchMapping(typeName = "Actor", field = "revisions")
    Map<Actor, List<Revision>> actorRevisions(List<Actor> batch) {
        return history(batch, FactType.ACTOR);
    }

    @BatchMapping(typeName = "ActorRole", field = "revisions")
    Map<ActorRole, List<Revision>> actorRoleRevisions(List<ActorRole> batch) {
        return history(batch, FactType.ACTOR_ROLE);
    }

    @BatchMapping(typeName = "Statement", field = "revisions")
    Map<Statement, List<Revision>> statementRevisions(List<Statement> batch) {
        return history(batch, FactType.STATEMENT);
    }

    @BatchMapping(typeName = "Action", field = "revisions")
    Map<Action, List<Revision>> actionRevisions(List<Action> batch) {
        return history(batch, FactType.ACTION);
    }

    private <F extends Fact> Map<F, List<Revision>> history(List<F> batch, FactType type) {
        Map<Long, List<Revision>> byFact = revisions.revisionsOf(type, batch.stream().map(Fact::key).toList());
        return Batches.each(batch, fact -> byFact.getOrDefault(fact.key(), List.of()));
    }

    @SubscriptionMapping
    Flux<FactChange> factChanges(@Argument List<String> countries, @Argument List<String> actors,
                                 @Argument List<Operation> operations) {
        Set<String> countryCodes = countries == null ? null : Set.copyOf(countries.stream()
                .map(code -> this.countries.requireAlpha2(List.of(code), "countries").get(0)).toList());
        Set<Long> actorKeys = actors == null ? null
                : Set.copyOf(actors.stream().map(id -> GlobalId.decodeNumeric(id, NodeType.ACTOR, "actors")).toList());
        Set<Operation> wanted = operations == null ? null : Set.copyOf(operations);
        return changes.changes().filter(change ->
                (wanted == null || wanted.contains(change.operation()))
                        && (countryCodes == null || change.countries().stream().anyMatch(countryCodes::contains))
                        && (actorKeys == null || change.actors().stream().anyMatch(actorKeys::contains)));
    }
}
