package org.diplograph.statement;

import org.diplograph.graphql.node.NodeResolver;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.sql.NestedConnections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/** Batch loading of statements by key, and of the statement lists nested in actors, countries and sources. */
@Configuration(proxyBeanMethods = false)
class StatementLoaders {

    static final String BY_SPEAKER = "statementsBySpeaker";
    static final String ABOUT_ACTOR = "statementsAboutActor";
    static final String ABOUT_COUNTRY = "statementsAboutCountry";
    static final String OF_SOURCE = "statementsOfSource";

    StatementLoaders(BatchLoaderRegistry registry, StatementRepository statements, NestedConnections nested) {
        registry.forTypePair(Long.class, Statement.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> statements.findStatements(keys)));
        nested.<Long, Statement>register(BY_SPEAKER, (variant, actorKeys) -> statements.bySpeakers(actorKeys));
        nested.<Long, Statement>register(ABOUT_ACTOR, (variant, actorKeys) -> statements.aboutActors(actorKeys));
        nested.<String, Statement>register(ABOUT_COUNTRY, (variant, codes) -> statements.aboutCountries(codes));
        nested.<Long, Statement>register(OF_SOURCE, (variant, sourceKeys) -> statements.ofSources(sourceKeys));
    }

    @Bean
    NodeResolver statementNodes(StatementRepository statements) {
        return NodeResolver.numeric(NodeType.STATEMENT, statements::findStatements);
    }
}
