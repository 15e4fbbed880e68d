package org.diplograph.graphql.execution;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one answer may hold, whatever its price said: the cost bounds answers by the bounds lists declare, and these
 * stop the rare answer whose lists turned out longer, or whose texts larger, before it is built in full.
 *
 * @param maxNodes values (every field and every list item) an answer may hold; GitHub caps answers by nodes too
 * @param maxBytes characters of JSON an answer may hold, estimated as it is built (names, values, punctuation)
 */
@ConfigurationProperties("diplograph.limits.answer")
public record AnswerLimitsProperties(int maxNodes, long maxBytes) {

    public AnswerLimitsProperties {
        if (maxNodes < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("diplograph.limits.answer.max-nodes and max-bytes must be positive");
        }
    }
}
