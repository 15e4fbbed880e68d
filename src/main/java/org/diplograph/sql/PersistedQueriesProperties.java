package org.diplograph.sql;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much the persisted-query store holds at most, for every instance together.
 *
 * @param maxCount      documents registered at most
 * @param maxCharacters characters of all the documents together
 */
@ConfigurationProperties("diplograph.persisted-queries")
public record PersistedQueriesProperties(int maxCount, long maxCharacters) {

    public PersistedQueriesProperties {
        if (maxCount < 1 || maxCharacters < 1) {
            throw new IllegalArgumentException("diplograph.persisted-queries bounds must be positive");
        }
    }
}
