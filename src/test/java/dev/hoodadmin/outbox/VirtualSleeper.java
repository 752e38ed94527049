package dev.hoodadmin.outbox;

import dev.hoodadmin.time.Sleeper;

import java.time.Clock;
import java.time.Duration;

/** Sleeps in virtual time: a wait moves the manual clock forward by its length at once. */
final class VirtualSleeper implements Sleeper {
    private final ManualClock clock;

    VirtualSleeper(ManualClock clock) {
        this.clock = clock;
    }

    @Override
    public Clock wallClock() {
        return clock;
    }

    @Override
    public long nanoTime() {
        return Duration.between(ManualClock.START, clock.instant()).toNanos();
    }

    @Override
    public void await(Object monitor, long nanos) {
        clock.advance(Duration.ofNanos(nanos));
    }
}
