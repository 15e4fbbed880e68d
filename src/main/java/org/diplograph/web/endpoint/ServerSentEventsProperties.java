package org.diplograph.web.endpoint;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Server-Sent Events streams (subscriptions over HTTP).
 *
 * @param keepAlive how long a stream may go without sending before it sends a comment: proxies keep an active
 *                  connection open, and a client that has gone is noticed at the next write
 */
@ConfigurationProperties("diplograph.sse")
public record ServerSentEventsProperties(Duration keepAlive) {

    public ServerSentEventsProperties {
        if (keepAlive == null || keepAlive.isNegative() || keepAlive.isZero()) {
            throw new IllegalArgumentException("diplograph.sse.keep-alive must be positive");
        }
    }
}
