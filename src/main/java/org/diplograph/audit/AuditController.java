package org.diplograph.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.diplograph.country.CountryRepository;
import org.diplograph.fact.ChangeFeed;
import org.diplograph.fact.Fact;
import org.diplograph.fact.FactChange;
import org.diplograph.fact.FactPayload;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Operation;
import org.diplograph.fact.Retraction;
import org.diplograph.fact.Revision;
import org.diplograph.fact.RevisionLog;
import org.diplograph.fact.write.RetractFactInput;
import org.diplograph.fact.write.Retractions;
import org.diplograph.graphql.Batches;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.Paging;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;
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
    private final ChangeFeed changes;
    private final CountryRepository countries;
    private final Paging paging;

    AuditController(Retractions retractions, RevisionLog revisions, ChangeFeed changes, CountryRepository countries,
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

    /**
     * One mapping for the interface: every type that implements {@code Fact} gets its revisions from here, a batch
     * possibly holding facts of several types.
     */
    @BatchMapping(typeName = "Fact", field = "revisions")
    Map<Fact, List<Revision>> revisions(List<Fact> batch) {
        Map<FactType, List<Fact>> byType = batch.stream().collect(Collectors.groupingBy(Fact::factType,
                () -> new EnumMap<>(FactType.class), Collectors.toList()));
        Map<FactType, Map<Long, List<Revision>>> found = new EnumMap<>(FactType.class);
        byType.forEach((type, facts) -> found.put(type, revisions.revisionsOf(type, facts.stream().map(Fact::key).toList())));
        return Batches.each(batch, fact -> found.get(fact.factType()).getOrDefault(fact.key(), List.of()));
    }

    @SchemaMapping(typeName = "FactChange")
    String cursor(FactChange change) {
        return ChangeFeed.cursorOf(change);
    }

    @SubscriptionMapping
    Flux<FactChange> factChanges(@Argument List<String> countries, @Argument List<String> actors,
                                 @Argument List<Operation> operations, @Argument String after) {
        Set<String> countryCodes = countries == null ? null : Set.copyOf(countries.stream()
                .map(code -> this.countries.requireAlpha2(List.of(code), "countries").get(0)).toList());
        Set<Long> actorKeys = actors == null ? null
                : Set.copyOf(actors.stream().map(id -> GlobalId.decodeNumeric(id, NodeType.ACTOR, "actors")).toList());
        Set<Operation> wanted = operations == null ? null : Set.copyOf(operations);
        return changes.changes(after).filter(change ->
                (wanted == null || wanted.contains(change.operation()))
                        && (countryCodes == null || change.countries().stream().anyMatch(countryCodes::contains))
                        && (actorKeys == null || change.actors().stream().anyMatch(actorKeys::contains)));
    }
}
