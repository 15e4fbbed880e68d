package org.diplograph.graphql.execution;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** The client's budget after this request, as {@code Query.rateLimit} and {@code extensions.rateLimit} report it. */
public record RateLimit(long limit, long cost, long used, long remaining, OffsetDateTime resetAt) {

    public static RateLimit of(RateBudgets.Spend spend) {
        Instant reset = spend.resetAt();
        return new RateLimit(spend.limit(), spend.cost(), spend.used(), spend.remaining(),
                OffsetDateTime.ofInstant(reset, ZoneOffset.UTC));
    }

    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("limit", limit);
        map.put("cost", cost);
        map.put("used", used);
        map.put("remaining", remaining);
        map.put("resetAt", resetAt.toString());
        return map;
    }
}
