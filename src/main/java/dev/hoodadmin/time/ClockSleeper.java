package dev.hoodadmin.time;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** The real {@link Sleeper}: the given wall clock, the JVM's monotonic ticker and a timed monitor wait. */
public final class ClockSleeper implements Sleeper {
    private final Clock wallClock;

    public ClockSleeper(Clock wallClock) {
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
    }

    @Override
    public Clock wallClock() {
        return wallClock;
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void await(Object monitor, long nanos) throws InterruptedException {
        TimeUnit.NANOSECONDS.timedWait(monitor, nanos);
    }
}
