package org.diplograph.actor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.diplograph.country.Country;
import org.diplograph.graphql.Batches;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.NotFoundException;
import org.diplograph.graphql.PageRequest;
import org.diplograph.graphql.Paging;
import org.diplograph.source.Sentence;
import org.diplograph.sql.NestedConnections;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
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

    @SchemaMapping(typeName = "Actor")
    CompletableFuture<Country> country(Actor actor, DataLoader<String, Country> countries) {
        return Batches.loadOrNull(countries, actor.countryCode());
    }

    @SchemaMapping(typeName = "Actor")
    CompletableFuture<Sentence> firstMention(Actor actor, DataLoader<Long, Sentence> sentences) {
        return Batches.loadOrNull(sentences, actor.firstSentenceKey());
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

    @SchemaMapping(typeName = "ActorTieEnd")
    CompletableFuture<Actor> otherActor(ActorTieEnd end, DataLoader<Long, Actor> loader) {
        return loader.load(end.otherActorKey());
    }

    @SchemaMapping(typeName = "ActorAlias")
    CompletableFuture<Sentence> evidence(ActorAlias alias, DataLoader<Long, Sentence> sentences) {
        return sentences.load(alias.sentenceKey());
    }

    @SchemaMapping(typeName = "ActorRole")
    CompletableFuture<Actor> actor(ActorRole role, DataLoader<Long, Actor> loader) {
        return loader.load(role.actorKey());
    }

    @SchemaMapping(typeName = "ActorRole")
    CompletableFuture<Actor> organization(ActorRole role, DataLoader<Long, Actor> loader) {
        return Batches.loadOrNull(loader, role.organizationKey());
    }

    @SchemaMapping(typeName = "ActorRole")
    CompletableFuture<Country> country(ActorRole role, DataLoader<String, Country> countries) {
        return Batches.loadOrNull(countries, role.countryCode());
    }

    @SchemaMapping(typeName = "ActorRole")
    CompletableFuture<Country> accreditedTo(ActorRole role, DataLoader<String, Country> countries) {
        return Batches.loadOrNull(countries, role.accreditedToCode());
    }

    @SchemaMapping(typeName = "ActorRole")
    CompletableFuture<Sentence> evidence(ActorRole role, DataLoader<Long, Sentence> sentences) {
        return sentences.load(role.sentenceKey());
    }

    @SchemaMapping(typeName = "ActorTie")
    CompletableFuture<Actor> actor(ActorTie tie, DataLoader<Long, Actor> loader) {
        return loader.load(tie.actorKey());
    }

    @SchemaMapping(typeName = "ActorTie")
    CompletableFuture<Actor> relatedActor(ActorTie tie, DataLoader<Long, Actor> loader) {
        return loader.load(tie.relatedActorKey());
    }

    @SchemaMapping(typeName = "ActorTie")
    CompletableFuture<Sentence> evidence(ActorTie tie, DataLoader<Long, Sentence> sentences) {
        return sentences.load(tie.sentenceKey());
    }

    private static List<Long> keys(List<Actor> batch) {
        return batch.stream().map(Actor::key).toList();
    }
}
