package org.diplograph.actor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.diplograph.country.Country;
import org.diplograph.graphql.Batches;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.NotFoundException;
import org.diplograph.graphql.PageRequest;
import org.diplograph.graphql.Paging;
import org.diplograph.graphql.node.NodeLinks;
import org.diplograph.source.Sentence;
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

/** Actors, their aliases, roles and ties, and the actors of a country. */
@Controller
class ActorController {

    private final ActorRepository actors;
    private final ActorFilters filters;
    private final Paging paging;
    private final NestedConnections nested;
    private final ActorWriter writer;
    private final ImportedActors imported;

    ActorController(ActorRepository actors, ActorFilters filters, Paging paging, NestedConnections nested,
                    ActorWriter writer, ImportedActors imported) {
        this.writer = writer;
        this.imported = imported;
        this.actors = actors;
        this.filters = filters;
        this.paging = paging;
        this.nested = nested;
    }

    /** The to-one links of actors, their aliases, roles and ties, each loaded in batches. */
    @Bean
    static RuntimeWiringConfigurer actorLinks() {
        return NodeLinks.of("Actor", Actor.class)
                .link("country", Country.class, Actor::countryCode)
                .link("firstMention", Sentence.class, Actor::firstSentenceKey)
                .and("ActorTieEnd", ActorTieEnd.class)
                .link("otherActor", Actor.class, ActorTieEnd::otherActorKey)
                .and("ActorAlias", ActorAlias.class)
                .link("evidence", Sentence.class, ActorAlias::sentenceKey)
                .and("ActorRole", ActorRole.class)
                .link("actor", Actor.class, ActorRole::actorKey)
                .link("organization", Actor.class, ActorRole::organizationKey)
                .link("country", Country.class, ActorRole::countryCode)
                .link("accreditedTo", Country.class, ActorRole::accreditedToCode)
                .link("evidence", Sentence.class, ActorRole::sentenceKey)
                .and("ActorTie", ActorTie.class)
                .link("actor", Actor.class, ActorTie::actorKey)
                .link("relatedActor", Actor.class, ActorTie::relatedActorKey)
                .link("evidence", Sentence.class, ActorTie::sentenceKey)
                .wiring();
    }

    @QueryMapping
    Actor actor(@Argument String slug) {
        return actors.findBySlug(slug).orElseThrow(
                () -> new NotFoundException("Could not resolve to an Actor with the slug '%s'.".formatted(slug)));
    }

    @QueryMapping
    Connection<Actor> actors(@Argument ActorFilter filter, @Argument ActorOrder orderBy, @Argument Boolean includeRetracted,
                             DataFetchingEnvironment env) {
        PageRequest page = paging.request(env);
        return actors.actors(filters.compile(filter, "filter"), Boolean.TRUE.equals(includeRetracted), orderBy, page, Paging.wantsTotal(env));
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    ActorInputs.ActorPayload recordActor(@Argument ActorInputs.RecordActorInput input) {
        return writer.record(input);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    ActorInputs.ActorPayload correctActor(@Argument ActorInputs.CorrectActorInput input) {
        return writer.correct(input);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    ActorInputs.ActorRolePayload recordActorRole(@Argument ActorInputs.RecordActorRoleInput input) {
        return writer.recordRole(input);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    ActorInputs.ActorRolePayload correctActorRole(@Argument ActorInputs.CorrectActorRoleInput input) {
        return writer.correctRole(input);
    }

    @SchemaMapping(typeName = "Country", field = "actors")
    CompletableFuture<Connection<Actor>> actorsOfCountry(Country country, DataFetchingEnvironment env) {
        return nested.load(ActorLoaders.ACTORS_OF_COUNTRY, country.code(), null, env);
    }

    @BatchMapping(typeName = "Actor")
    Map<Actor, List<ActorIdentifier>> identifiers(List<Actor> batch) {
        return Batches.lists(batch, Actor::key, imported::identifiersOf);
    }

    @BatchMapping(typeName = "Actor")
    Map<Actor, List<ActorAlias>> aliases(List<Actor> batch) {
        return Batches.lists(batch, Actor::key, actors::aliasesOf);
    }

    @BatchMapping(typeName = "Actor")
    Map<Actor, List<ActorRole>> roles(List<Actor> batch) {
        return Batches.lists(batch, Actor::key, actors::rolesOf);
    }

    @BatchMapping(typeName = "Actor")
    Map<Actor, List<ActorTie>> ties(List<Actor> batch) {
        List<ActorTie> ties = actors.tiesInvolving(keys(batch));
        return Batches.each(batch, actor -> ties.stream()
                .filter(tie -> tie.actorKey() == actor.key() || tie.relatedActorKey() == actor.key()).toList());
    }

    @BatchMapping(typeName = "Actor")
    Map<Actor, List<ActorTieEnd>> tieEnds(List<Actor> batch) {
        List<ActorTie> ties = actors.tiesInvolving(keys(batch));
        return Batches.each(batch, actor -> ties.stream()
                .filter(tie -> tie.actorKey() == actor.key() || tie.relatedActorKey() == actor.key())
                .map(tie -> ActorTieEnd.seenFrom(actor.key(), tie)).toList());
    }

    private static List<Long> keys(List<Actor> batch) {
        return batch.stream().map(Actor::key).toList();
    }
}
