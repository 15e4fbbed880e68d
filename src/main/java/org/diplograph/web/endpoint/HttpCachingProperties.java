package org.diplograph.web.endpoint;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long browsers and CDNs may keep a public answer: a query sent by GET without credentials. Every other answer is
 * {@code private, no-store}. Nothing is cached on the server, so once this has passed a client revalidates
 * ({@code If-None-Match}) and gets the answer as it now stands: no write stays unseen longer than this.
 *
 * @param publicMaxAge {@code Cache-Control: max-age} of public answers; 0 makes every answer {@code no-store}
 */
@ConfigurationProperties("diplograph.http")
public record HttpCachingProperties(Duration publicMaxAge) {

    public HttpCachingProperties {
        if (publicMaxAge == null || publicMaxAge.isNegative()) {
            throw new IllegalArgumentException("diplograph.http.public-max-age must be 0 or more");
        }
    }
}
