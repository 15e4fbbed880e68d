package org.diplograph.web.endpoint;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the HTTP server allows one client before any request is read.
 *
 * @param connectionsPerClient connections one client address (an IPv6 client by its /64) may hold open at once
 * @param bodyReadTimeout      how long a request body may take to arrive in full; a slower one is refused with
 *                             REQUEST_TIMEOUT (408). The server's socket read timeout is set to the same value.
 */
@ConfigurationProperties("diplograph.http")
public record HttpServerLimitsProperties(int connectionsPerClient, Duration bodyReadTimeout) {

    public HttpServerLimitsProperties {
        if (connectionsPerClient < 1 || bodyReadTimeout == null || bodyReadTimeout.isNegative() || bodyReadTimeout.isZero()) {
            throw new IllegalArgumentException("diplograph.http connection and body limits must be positive");
        }
    }
}
