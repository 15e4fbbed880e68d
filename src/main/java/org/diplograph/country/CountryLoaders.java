package org.diplograph.country;

import org.diplograph.graphql.node.NodeResolver;
import org.diplograph.graphql.node.NodeType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/** Batch loading of countries by code, shared by every field that points at a country. */
@Configuration(proxyBeanMethods = false)
class CountryLoaders {

    CountryLoaders(BatchLoaderRegistry registry, CountryRepository countries) {
        registry.forTypePair(String.class, Country.class)
                .registerMappedBatchLoader((codes, env) -> Mono.fromCallable(() -> countries.findByCodes(codes)));
    }

    @Bean
    NodeResolver countryNodes(CountryRepository countries) {
        return NodeResolver.of(NodeType.COUNTRY, countries::findByCodes);
    }
}
