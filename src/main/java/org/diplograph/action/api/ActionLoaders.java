package org.diplograph.action.api;

import org.diplograph.action.Action;
import org.diplograph.action.ActionRepository;
import org.diplograph.action.PartyRole;
import org.diplograph.action.code.EventTaxonomy;
import org.diplograph.graphql.node.NodeResolver;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.sql.NestedConnections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/** Batch loading of actions by key, and of the action lists nested in countries, actors, codes and sources. */
@Configuration(proxyBeanMethods = false)
public class ActionLoaders {

    public static final String OF_COUNTRY = "actionsOfCountry";
    public static final String OF_ACTOR = "actionsOfActor";
    public static final String OF_EVENT_CODE = "actionsOfEventCode";
    public static final String OF_SOURCE = "actionsOfSource";

    public ActionLoaders(BatchLoaderRegistry registry, ActionRepository actions, NestedConnections nested) {
        registry.forTypePair(Long.class, Action.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> actions.findActions(keys)));
        nested.<String, Action>register(OF_COUNTRY, (role, codes) -> actions.ofCountries(codes, (PartyRole) role));
        nested.<Long, Action>register(OF_ACTOR, (role, actorKeys) -> actions.ofActors(actorKeys, (PartyRole) role));
        nested.<String, Action>register(OF_EVENT_CODE, (variant, codes) -> actions.ofEventCodes(codes));
        nested.<Long, Action>register(OF_SOURCE, (variant, sourceKeys) -> actions.ofSources(sourceKeys));
    }

    @Bean
    public NodeResolver actionNodes(ActionRepository actions) {
        return NodeResolver.numeric(NodeType.ACTION, actions::findActions);
    }

    @Bean
    public NodeResolver eventCodeNodes(EventTaxonomy taxonomy) {
        return NodeResolver.of(NodeType.EVENT_CODE, taxonomy::findEventCodes);
    }
}
