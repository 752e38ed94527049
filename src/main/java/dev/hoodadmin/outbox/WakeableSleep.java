package dev.hoodadmin.outbox;

import dev.hoodadmin.time.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How the worker waits: until a moment on its clock, or until woken (new work, resume, stop). A wake-up
 * that came while nobody slept ends the next sleep at once, so none is lost.
 */
final class WakeableSleep {
    // re-read the clock at least this often, so a wall-clock jump (suspend, NTP) cannot stretch a wait
    private static final long MAX_SLICE_NANOS = Duration.ofSeconds(5).toNanos();

    private final Clock clock;
    private final Sleeper sleeper;
    private boolean wakeUpPending; // guarded by this

    WakeableSleep(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Returns when {@link #wakeUp()} is called or, if {@code deadline} is not null, when the clock reaches it. */
    synchronized void sleepUntil(Instant deadline) throws InterruptedException {
        while (!wakeUpPending) {
            if (deadline == null) {
                wait(); // no deadline, so no time passes on any clock: only a wake-up ends it
                continue;
            }
            long nanos = Duration.between(clock.instant(), deadline).toNanos();
            if (nanos <= 0) return;
            sleeper.await(this, Math.min(nanos, MAX_SLICE_NANOS));
        }
        wakeUpPending = false;
    }

    synchronized void wakeUp() {
        wakeUpPending = true;
        notifyAll();
    }
}
