package org.diplograph.source;

import org.diplograph.graphql.node.NodeResolver;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.sql.NestedConnections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * Request-scoped batch loading of sources and sentences by key: every field that points at one (a statement's
 * evidence, a date's evidence, a sentence's source) shares these loaders, so one request fetches each table once per
 * level of the query.
 */
@Configuration(proxyBeanMethods = false)
class SourceLoaders {

    static final String SENTENCES_OF_SOURCE = "sentencesOfSource";

    SourceLoaders(BatchLoaderRegistry registry, SourceRepository sources, NestedConnections nested) {
        registry.forTypePair(Long.class, Sentence.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> sources.findSentences(keys)));
        registry.forTypePair(Long.class, Source.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> sources.findSources(keys)));
        nested.<Long, Sentence>register(SENTENCES_OF_SOURCE, (variant, sourceKeys) -> sources.sentencesQuery(sourceKeys));
    }

    @Bean
    NodeResolver sourceNodes(SourceRepository sources) {
        return NodeResolver.numeric(NodeType.SOURCE, sources::findSources);
    }

    @Bean
    NodeResolver sentenceNodes(SourceRepository sources) {
        return NodeResolver.numeric(NodeType.SENTENCE, sources::findSentences);
    }
}
