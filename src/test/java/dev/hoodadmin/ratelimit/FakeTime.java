package dev.hoodadmin.ratelimit;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake clock for the budget. Auto-advancing: a wait moves time forward by the requested amount
 * and returns at once. Manual: a wait blocks until {@link #advance} passes its deadline or the budget
 * notifies the monitor, so a test decides exactly when time moves.
 */
final class FakeTime implements Ticker, Sleeper {

    /** Deliberately not zero: the budget must only rely on differences of ticker values. */
    static final long ORIGIN = -7_000_000_000L;
    private static final long SAFETY_NET_MILLIS = 5_000;

    private final boolean autoAdvance;
    private final AtomicLong now = new AtomicLong(ORIGIN);
    private final Set<Object> monitors = ConcurrentHashMap.newKeySet();
    private final AtomicInteger waiting = new AtomicInteger();

    private FakeTime(boolean autoAdvance) {
        this.autoAdvance = autoAdvance;
    }

    static FakeTime autoAdvancing() {
        return new FakeTime(true);
    }

    static FakeTime manual() {
        return new FakeTime(false);
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
