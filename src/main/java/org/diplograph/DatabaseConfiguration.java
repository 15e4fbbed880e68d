package org.diplograph;

import org.diplograph.graphql.execution.LimitsProperties;
import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** jOOQ settings shared by every repository. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /**
     * Identifiers are written unquoted, so each database folds them to its own case (H2 upper, PostgreSQL lower) exactly
     * as it did when the Flyway migrations created the tables.
     */
    @Bean
    DefaultConfigurationCustomizer unquotedIdentifiers() {
        return configuration -> configuration.settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
    }

    /**
     * No statement outlives the request it serves: the database cancels it at the request timeout, which the GraphQL
     * layer reports as a TIMEOUT error.
     */
    @Bean
    DefaultConfigurationCustomizer statementTimeout(LimitsProperties limits) {
        int seconds = (int) Math.max(1, (limits.timeout().toMillis() + 999) / 1000);
        return configuration -> configuration.settings().withQueryTimeout(seconds);
    }
}
