package org.diplograph.graphql;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Schema wiring that no single feature owns. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    /** ISO 8601 dates and instants, and JSON, from graphql-java's extended scalars. */
    @Bean
    RuntimeWiringConfigurer extendedScalars() {
        return wiring -> wiring.scalar(ExtendedScalars.Date).scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Json);
    }
}
