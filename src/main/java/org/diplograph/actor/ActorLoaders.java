package org.diplograph.actor;

import org.diplograph.graphql.node.NodeResolver;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.sql.NestedConnections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/** Batch loading of actors by key (shared by every field that points at one) and of a country's actors. */
@Configuration(proxyBeanMethods = false)
class ActorLoaders {

    static final String ACTORS_OF_COUNTRY = "actorsOfCountry";

    ActorLoaders(BatchLoaderRegistry registry, ActorRepository actors, NestedConnections nested) {
        registry.forTypePair(Long.class, Actor.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> actors.findActors(keys)));
        nested.<String, Actor>register(ACTORS_OF_COUNTRY, (variant, codes) -> actors.actorsOfCountries(codes));
    }

    @Bean
    NodeResolver actorNodes(ActorRepository actors) {
        return NodeResolver.numeric(NodeType.ACTOR, actors::findActors);
    }

    @Bean
    NodeResolver actorRoleNodes(ActorRepository actors) {
        return NodeResolver.numeric(NodeType.ACTOR_ROLE, actors::findRoles);
    }

    @Bean
    NodeResolver actorTieNodes(ActorRepository actors) {
        return NodeResolver.numeric(NodeType.ACTOR_TIE, actors::findTies);
    }
}
