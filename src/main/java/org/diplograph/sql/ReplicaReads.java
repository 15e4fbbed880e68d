package org.diplograph.sql;

import java.util.function.Supplier;

import io.micrometer.context.ContextRegistry;

/**
 * Whether the work on this thread may read from the read replica: only a GraphQL query, whose answer may lag the
 * primary by the replica's delay. Mutations, subscriptions (which announce what was just committed), the live feed's
 * listener and every write stay on the primary. The mark travels with the request onto the threads that resolve its
 * fields and batches (Micrometer context propagation, which Spring for GraphQL applies).
 */
public final class ReplicaReads {

    private static final ThreadLocal<Boolean> ALLOWED = new ThreadLocal<>();

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor("diplograph.replica-reads", ALLOWED::get, ALLOWED::set,
                ALLOWED::remove);
    }

    private ReplicaReads() {
    }

    /** Runs a query's work with reads allowed on the replica. */
    public static <T> T allowedDuring(Supplier<T> work) {
        return with(Boolean.TRUE, work);
    }

    /** Runs work that writes, or must see the latest commit, on the primary even inside a query. */
    public static <T> T onPrimary(Supplier<T> work) {
        return with(null, work);
    }

    static boolean allowed() {
        return Boolean.TRUE.equals(ALLOWED.get());
    }

    private static <T> T with(Boolean value, Supplier<T> work) {
        Boolean before = ALLOWED.get();
        ALLOWED.set(value);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ALLOWED.remove();
            } else {
                ALLOWED.set(before);
            }
        }
    }
}
