package org.diplograph.graphql.execution;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one request may ask of the API. Every value is set by an environment variable ({@code .env.example}); the
 * defaults follow GraphQL Armor (aliases 15, tokens 1,000, cost 5,000) and GitHub (a request stops at 10 s), with the
 * depth raised to fit four nested Relay connections, whose {@code edges}/{@code node} wrappers count as levels.
 *
 * @param maxDepth              deepest field nesting a document may select, fragments expanded
 * @param maxAliases            aliased fields a document may contain
 * @param maxTokens             lexical tokens (names, punctuation, values) a document may contain
 * @param maxDocumentCharacters characters a document may contain
 * @param maxOperations         operations a document may define (only one of them runs per request)
 * @param maxCost               largest cost a request may have; see {@link QueryCost}
 * @param maxRequestBytes       largest HTTP request body, variables included
 * @param timeout               how long a request may run before its remaining fields are abandoned
 */
@ConfigurationProperties("diplograph.limits")
public record LimitsProperties(int maxDepth, int maxAliases, int maxTokens, int maxDocumentCharacters,
                               int maxOperations, int maxCost, int maxRequestBytes, Duration timeout) {

    public LimitsProperties {
        if (maxDepth < 1 || maxAliases < 0 || maxTokens < 1 || maxDocumentCharacters < 1 || maxOperations < 1
                || maxCost < 1 || maxRequestBytes < 1 || timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Every diplograph.limits value must be positive");
        }
    }
}
