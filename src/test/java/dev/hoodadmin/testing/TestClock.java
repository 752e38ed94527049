package dev.hoodadmin.testing;

import dev.hoodadmin.time.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clock for tests: a wall clock (UTC) and a monotonic ticker that move together when a test
 * {@link #advance}s them, and a {@link Sleeper} whose waits pass time as the test chooses:
 * <ul>
 * <li>{@link #manual}: a wait blocks until {@link #advance} or a notify, so the test decides when time moves;</li>
 * <li>{@link #autoAdvancing}: a wait moves time forward by its length and returns at once;</li>
 * <li>{@link #runningFromNow}: time also passes for real, as on the system clock, and a wait really waits.</li>
 * </ul>
 * The wall clock can also be stepped on its own, as NTP steps a real one.
 */
public final class TestClock extends Clock implements Sleeper {
    /** Where the ticker starts; deliberately not zero, as code must only rely on differences of ticker values. */
    public static final long ORIGIN = -7_000_000_000L;
    /** The default start: 0.56 s into a second and 17.56 s into a minute, so nothing starts on a boundary by luck. */
    public static final Instant START = Instant.parse("2025-06-02T10:15:17.560Z");
    private static final long SAFETY_NET_MILLIS = 5_000;

    private enum Waits { UNTIL_ADVANCED, BY_ADVANCING, FOR_REAL }

    private final Waits waits;
    private final Instant wallAtOrigin;
    private final long realNanosAtOrigin = System.nanoTime();
    private final AtomicLong advancedNanos = new AtomicLong();
    private final AtomicLong wallStepNanos = new AtomicLong();
    private final Set<Object> monitors = ConcurrentHashMap.newKeySet();
    private final AtomicInteger waiting = new AtomicInteger();

    private TestClock(Waits waits, Instant wallAtOrigin) {
        this.waits = waits;
        this.wallAtOrigin = wallAtOrigin;
    }

    public static TestClock manual() {
        return manual(START);
    }

    public static TestClock manual(Instant start) {
        return new TestClock(Waits.UNTIL_ADVANCED, start);
    }

    public static TestClock autoAdvancing() {
        return autoAdvancing(START);
    }

    public static TestClock autoAdvancing(Instant start) {
        return new TestClock(Waits.BY_ADVANCING, start);
    }

    /** The system's time from now on, which a test may still {@link #advance}, e.g. onto a window boundary. */
    public static TestClock runningFromNow() {
        return new TestClock(Waits.FOR_REAL, Instant.now());
    }

    /** Moves the ticker and the wall clock forward and wakes every wait, which then looks at the time again. */
    public void advance(Duration duration) {
        advancedNanos.addAndGet(duration.toNanos());
        for (Object monitor : monitors) {
            synchronized (monitor) {
                monitor.notifyAll();
            }
        }
    }

    /** Moves time forward to {@code moment}; never back. */
    public void advanceTo(Instant moment) {
        Duration ahead = Duration.between(instant(), moment);
        if (!ahead.isNegative() && !ahead.isZero()) advance(ahead);
    }

    /** The wall clock jumps by {@code step} while the ticker does not. */
    public void stepWallClock(Duration step) {
        wallStepNanos.addAndGet(step.toNanos());
    }

    /** Time on the ticker since {@link #ORIGIN}. */
    public Duration elapsed() {
        return sinceOrigin(nanoTime());
    }

    public static Duration sinceOrigin(long tickerNanos) {
        return Duration.ofNanos(tickerNanos - ORIGIN);
    }

    /** Threads blocked in {@link #await} right now. */
    public int waiting() {
        return waiting.get();
    }

    @Override
    public long nanoTime() {
        long real = waits == Waits.FOR_REAL ? System.nanoTime() - realNanosAtOrigin : 0;
        return ORIGIN + real + advancedNanos.get();
    }

    @Override
    public void await(Object monitor, long nanos) throws InterruptedException {
        if (waits == Waits.BY_ADVANCING) {
            advancedNanos.addAndGet(nanos);
            return;
        }
        monitors.add(monitor);
        waiting.incrementAndGet();
        try {
            if (waits == Waits.FOR_REAL) {
                TimeUnit.NANOSECONDS.timedWait(monitor, nanos);
            } else {
                // one wait: the caller re-checks its condition and calls again if it must keep waiting
                monitor.wait(SAFETY_NET_MILLIS);
            }
        } finally {
            waiting.decrementAndGet();
        }
    }

    @Override
    public Clock wallClock() {
        return this;
    }

    @Override
    public Instant instant() {
        return wallAtOrigin.plusNanos(nanoTime() - ORIGIN + wallStepNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("test clocks are UTC only");
    }
}
