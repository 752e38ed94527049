package dev.hoodadmin.outbox;

import java.time.Instant;

/**
 * How the worker waits: until a moment on the injected clock, or until woken (new work, resume, stop).
 * Tests use one that moves a fake clock forward instead of sleeping.
 */
public interface Sleeper {

    /**
     * Returns when {@link #wakeUp()} is called or, if {@code deadline} is not null, when the clock reaches it.
     * A wake-up that came while nobody slept ends the next sleep at once, so none is lost.
     */
    void sleepUntil(Instant deadline) throws InterruptedException;

    void wakeUp();
}
