package org.diplograph.graphql.execution;

import java.time.Duration;
import java.time.Instant;

/** Where clients' point budgets are kept: in this process, or in the database all instances share. */
public interface RateBudgets {

    /** Where the HTTP and WebSocket layers put the requesting client's name, in the request's GraphQL context. */
    String CLIENT = "diplograph.client";

    /**
     * Set in a request's GraphQL context when its answer tells something of the caller (its budget), so that the
     * answer is never served to anyone else from a shared cache.
     */
    String CALLER_SPECIFIC = "diplograph.callerSpecific";

    /** The name under which a client's budget is kept: its API key's name, else its address. */
    public static String client(String apiKeyName, String address) {
        return apiKeyName != null ? "key:" + apiKeyName : "address:" + (address == null ? "unknown" : address);
    }

    /**
     * Spends {@code cost} points of the client's budget if they are left in its window (starting a new window when
     * the last one is over), atomically; otherwise spends nothing and says so.
     */
    Spend spend(String client, long cost, long limit, Duration window, Instant now);

    /**
     * The budget after a request.
     *
     * @param allowed whether the request's cost was spent (false: over budget, refused)
     */
    public record Spend(long limit, long cost, long used, Instant resetAt, boolean allowed) {

        public long remaining() {
            return Math.max(0, limit - used);
        }
    }
}
