package dev.hoodadmin.ratelimit;

import java.util.concurrent.TimeUnit;

/**
 * How a waiting thread passes time. It waits on a monitor rather than sleeping blindly so that a
 * completion elsewhere (a freed parallel slot, a learned window phase) can wake it early.
 * Injected together with a {@link Ticker}; a fake pair lets tests "wait" without real time passing.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits until {@code monitor.notifyAll()} or until {@code nanos} have passed on the matching
     * ticker, whichever comes first. The caller holds {@code monitor}. May return early; callers
     * re-check their condition in a loop.
     */
    void await(Object monitor, long nanos) throws InterruptedException;

    static Sleeper system() {
        return (monitor, nanos) -> TimeUnit.NANOSECONDS.timedWait(monitor, nanos);
    }
}
