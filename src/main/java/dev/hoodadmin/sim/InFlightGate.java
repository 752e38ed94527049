package dev.hoodadmin.sim;

import java.util.concurrent.atomic.AtomicInteger;

/** The parallel-request limit: at most {@code max} requests handled at once (0 = no limit). */
final class InFlightGate {
    private final int max;
    private final SimulatorStats stats;
    private final AtomicInteger inFlight = new AtomicInteger();

    InFlightGate(int max, SimulatorStats stats) {
        this.max = max;
        this.stats = stats;
    }

    /** True when the request may proceed; then {@link #exit()} must follow. */
    boolean tryEnter() {
        int now = inFlight.incrementAndGet();
        stats.observeInFlight(now);
        if (max > 0 && now > max) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    void exit() {
        inFlight.decrementAndGet();
    }
}
