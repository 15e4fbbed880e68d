package org.diplograph.graphql.execution;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Budgets kept in this process: right for a database only one instance uses (H2). */
public final class InProcessRateBudgets implements RateBudgets {

    private record Window(Instant started, long used) {
    }

    /** Past this many clients, those whose window has ended are forgotten: addresses must not grow memory forever. */
    private static final int PRUNE_ABOVE = 10_000;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    @Override
    public Spend spend(String client, long cost, long limit, Duration window, Instant now) {
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(open -> !open.started().plus(window).isAfter(now));
        }
        boolean[] allowed = new boolean[1];
        Window after = windows.compute(client, (name, current) -> {
            Window open = current == null || !current.started().plus(window).isAfter(now) ? new Window(now, 0) : current;
            allowed[0] = open.used() + cost <= limit;
            return allowed[0] ? new Window(open.started(), open.used() + cost) : open;
        });
        return new Spend(limit, cost, after.used(), after.started().plus(window), allowed[0]);
    }

    /** How many clients are remembered now. */
    public int clients() {
        return windows.size();
    }
}
