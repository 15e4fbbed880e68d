package org.diplograph.support;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waiting for a state a test needs, never for a guessed time. */
public final class Waiting {

    private Waiting() {
    }

    /** Polls the condition until it holds, failing after 60 s with what was awaited. */
    public static void await(Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.call()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Timed out waiting until " + what);
    }
}
