package org.diplograph.graphql;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Schema wiring that no single feature owns. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    /**
     * Calendar dates parsed strictly and bounded ({@link CalendarDates}); instants and JSON from graphql-java's extended
     * scalars.
     */
    @Bean
    RuntimeWiringConfigurer extendedScalars() {
        return wiring -> wiring.scalar(CalendarDates.SCALAR).scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Json);
    }
}
