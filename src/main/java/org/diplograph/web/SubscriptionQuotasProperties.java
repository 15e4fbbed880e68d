package org.diplograph.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Subscriptions open at once, at most.
 *
 * @param perConnection on one WebSocket connection
 * @param perClient     of one client (an API key, or an address), over every connection and transport
 * @param perServer     on this server, all clients together
 */
@ConfigurationProperties("diplograph.subscriptions")
record SubscriptionQuotasProperties(int perConnection, int perClient, int perServer) {

    SubscriptionQuotasProperties {
        if (perConnection < 1 || perClient < 1 || perServer < 1) {
            throw new IllegalArgumentException("diplograph.subscriptions quotas must be positive");
        }
    }
}
