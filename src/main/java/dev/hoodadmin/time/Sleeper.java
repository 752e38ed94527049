package dev.hoodadmin.time;

import java.time.Clock;

/**
 * Time for code that waits: a wall clock, a monotonic ticker, and a wait that another thread can end
 * early by notifying the monitor (new work, a freed parallel slot, a stop). Injected so that tests
 * pass time on a fake clock instead of sleeping.
 */
public interface Sleeper {

    /** For moments that are stored or shown, and for the server's epoch-aligned rate windows. */
    Clock wallClock();

    /** Nanoseconds since an arbitrary origin; only differences are meaningful. Unaffected by wall-clock steps. */
    long nanoTime();

    /**
     * Waits until {@code monitor.notifyAll()} or until {@code nanos} have passed on {@link #nanoTime()},
     * whichever comes first. The caller holds {@code monitor}. May return early; callers re-check their
     * condition in a loop.
     */
    void await(Object monitor, long nanos) throws InterruptedException;
}
