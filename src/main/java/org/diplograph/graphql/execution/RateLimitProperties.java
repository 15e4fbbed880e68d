package org.diplograph.graphql.execution;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Each client's point budget, as GitHub's API has one: every request spends its computed cost (at least one point)
 * from its client's budget for the window; a client that has spent it waits for the window to end.
 *
 * @param points budget of one client for one window; 0 switches rate limiting off
 * @param window how long a window lasts, from the client's first request in it
 */
@ConfigurationProperties("diplograph.rate-limit")
public record RateLimitProperties(long points, Duration window) {

    public RateLimitProperties {
        if (points < 0 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("diplograph.rate-limit.points must be 0 or more and the window positive");
        }
    }

    public boolean enabled() {
        return points > 0;
    }
}
