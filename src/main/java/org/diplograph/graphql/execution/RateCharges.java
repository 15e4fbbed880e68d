package org.diplograph.graphql.execution;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.diplograph.graphql.ServiceUnavailableException;
import org.springframework.stereotype.Component;

/**
 * Charges clients' budgets ({@link RateBudgets}) as {@link RateLimitProperties} sets them: a request its cost (at
 * least one point), and a refused request too — every refusal at least one point and one more for each 10 ms the
 * server spent before it could refuse (parsing a fragment bomb is work, whoever sent it), so that invalid requests
 * are no cheaper to send in bulk than valid ones.
 */
@Component
public class RateCharges {

    /** Classification of a refusal for spending too much: the request was fine, the client must wait. */
    public static final ErrorClassification RATE_LIMITED = ErrorClassification.errorClassification("RATE_LIMITED");

    private static final long NANOS_PER_POINT = Duration.ofMillis(10).toNanos();

    private final RateLimitProperties rates;
    private final RateBudgets budgets;

    public RateCharges(RateLimitProperties rates, RateBudgets budgets) {
        this.rates = rates;
        this.budgets = budgets;
    }

    public boolean enabled() {
        return rates.enabled();
    }

    /**
     * Spends points from the client's budget, or spends nothing when they are not left; null when rate limiting is
     * off. Throws {@link ServiceUnavailableException} when the shared budget cannot be reached.
     */
    public RateBudgets.Spend charge(String client, long points) {
        return rates.enabled() ? budgets.spend(client, Math.max(1, points), rates.points(), rates.window(), Instant.now())
                : null;
    }

    /** What a refusal costs after this much of the server's time: one point, and one per 10 ms of work. */
    public static long refusalPoints(long nanosSpent) {
        return 1 + Math.max(0, nanosSpent) / NANOS_PER_POINT;
    }

    /** The refusal of a request over its client's budget, with when to retry. */
    public static GraphQLError rateLimited(RateBudgets.Spend spend) {
        long retryAfter = retryAfterSeconds(spend);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", "RATE_LIMITED");
        extensions.put("retryAfterSeconds", retryAfter);
        extensions.put("resetAt", spend.resetAt().toString());
        extensions.put("cost", spend.cost());
        extensions.put("remaining", spend.remaining());
        return GraphqlErrorBuilder.newError().errorType(RATE_LIMITED)
                .message(("This request costs %,d points and this client has %,d of its %,d left until %s: retry in "
                        + "%,d s, or ask for less (see extensions.cost).").formatted(spend.cost(), spend.remaining(),
                        spend.limit(), spend.resetAt(), retryAfter))
                .extensions(extensions).build();
    }

    public static long retryAfterSeconds(RateBudgets.Spend spend) {
        return Math.max(1, Duration.between(Instant.now(), spend.resetAt()).toSeconds() + 1);
    }
}
