package dev.hoodadmin.ratelimit;

import dev.hoodadmin.time.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake clock for the budget. Auto-advancing: a wait moves time forward by the requested amount
 * and returns at once. Manual: a wait blocks until {@link #advance} passes its deadline or the budget
 * notifies the monitor, so a test decides exactly when time moves. A wall clock moves with it, from a
 * chosen instant at {@link #ORIGIN}; it can be stepped on its own, as NTP steps a real one.
 */
final class FakeTime implements Sleeper {

    /** Deliberately not zero: the budget must only rely on differences of ticker values. */
    static final long ORIGIN = -7_000_000_000L;
    private static final long SAFETY_NET_MILLIS = 5_000;
    /** Default wall clock at {@link #ORIGIN}: 0.56 s into a second, 17.56 s into a minute. */
    static final Instant DEFAULT_WALL_AT_ORIGIN = Instant.parse("2025-06-02T10:15:17.560Z");

    private final boolean autoAdvance;
    private final AtomicLong now = new AtomicLong(ORIGIN);
    private final Set<Object> monitors = ConcurrentHashMap.newKeySet();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong wallStepNanos = new AtomicLong();
    private final Instant wallAtOrigin;

    private FakeTime(boolean autoAdvance, Instant wallAtOrigin) {
        this.autoAdvance = autoAdvance;
        this.wallAtOrigin = wallAtOrigin;
    }

    static FakeTime autoAdvancing() {
        return autoAdvancing(DEFAULT_WALL_AT_ORIGIN);
    }

    static FakeTime autoAdvancing(Instant wallAtOrigin) {
        return new FakeTime(true, wallAtOrigin);
    }

    static FakeTime manual() {
        return new FakeTime(false, DEFAULT_WALL_AT_ORIGIN);
    }

    /** A wall clock at {@code offset} into a minute (and so {@code offset % 1 s} into a second) at ORIGIN. */
    static Instant wallAt(Duration offset) {
        return DEFAULT_WALL_AT_ORIGIN.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plus(offset);
    }

    /** The wall clock, moving with this ticker. */
    @Override
    public Clock wallClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("the fake wall clock is UTC only");
            }

            @Override
            public Instant instant() {
                return wallAtOrigin.plusNanos(now.get() - ORIGIN + wallStepNanos.get());
            }
        };
    }

    /** The wall clock jumps by {@code step} while the ticker does not. */
    void stepWallClock(Duration step) {
        wallStepNanos.addAndGet(step.toNanos());
    }

    @Override
    public long nanoTime() {
        return now.get();
    }

    /** Time since {@link #ORIGIN}. */
    Duration elapsed() {
        return Duration.ofNanos(now.get() - ORIGIN);
    }

    static Duration sinceOrigin(long nanos) {
        return Duration.ofNanos(nanos - ORIGIN);
    }

    void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
        for (Object monitor : monitors) {
            synchronized (monitor) {
                monitor.notifyAll();
            }
        }
    }

    /** Threads currently blocked in {@link #await} (manual mode). */
    int waiting() {
        return waiting.get();
    }

    @Override
    public void await(Object monitor, long nanos) throws InterruptedException {
        if (autoAdvance) {
            now.addAndGet(nanos);
            return;
        }
        monitors.add(monitor);
        waiting.incrementAndGet();
        try {
            // One wait: the budget re-checks its condition and calls again if it must keep waiting.
            monitor.wait(SAFETY_NET_MILLIS);
        } finally {
            waiting.decrementAndGet();
        }
    }
}
