package dev.hoodadmin.ratelimit;

import dev.hoodadmin.ratelimit.FixedWindowSchedule.WindowPhase;
import dev.hoodadmin.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the server's rate limiting: fixed windows with a chosen phase, counting requests
 * in the window of their arrival time, answering with the headers of the most constrained window,
 * or a 429 with {@code Retry-After}. Arrivals may be reported out of order. Not thread-safe.
 */
final class SimulatedHoodWindows {

    enum Rounding { CEIL, FLOOR }

    private static final long SECOND = 1_000_000_000L;

    private final List<FixedWindow> windows;
    private final long[] firstBoundary;
    private final List<Map<Long, Integer>> counts = new ArrayList<>();
    private final Rounding rounding;
    private int accepted;
    private int refused;

    /**
     * @param start   the instant (ticker nanos) the test starts at
     * @param offsets how far {@code start} is into each window's current period
     */
    SimulatedHoodWindows(List<FixedWindow> windows, long start, List<Duration> offsets, Rounding rounding) {
        this.windows = windows;
        this.rounding = rounding;
        firstBoundary = new long[windows.size()];
        for (int i = 0; i < windows.size(); i++) {
            firstBoundary[i] = start - offsets.get(i).toNanos();
            counts.add(new HashMap<>());
        }
    }

    /**
     * Windows keyed on the server's clock like real rate limiters, {@code floor((epoch - shift) / length)},
     * with the server's clock equal to {@code time}'s wall clock. Zero shifts make them epoch-aligned.
     */
    static SimulatedHoodWindows onWallClock(List<FixedWindow> windows, TestClock time, List<Duration> shifts,
                                            Rounding rounding) {
        Instant wall = time.wallClock().instant();
        long epochNanos = wall.getEpochSecond() * SECOND + wall.getNano();
        List<Duration> offsets = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            long length = windows.get(i).length().toNanos();
            offsets.add(Duration.ofNanos(Math.floorMod(epochNanos - shifts.get(i).toNanos(), length)));
        }
        return new SimulatedHoodWindows(windows, time.nanoTime(), offsets, rounding);
    }

    /** How far {@code time} is into each window's current period, for {@link FixedWindowSchedule}. */
    List<WindowPhase> phasesAt(long time) {
        List<WindowPhase> phases = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            Duration offset = Duration.ofNanos(Math.floorMod(time - firstBoundary[i], length(i)));
            phases.add(new WindowPhase(windows.get(i), offset));
        }
        return phases;
    }

    /** A request arrives at {@code time}; returns what the server answers. */
    RateLimitHeaders arrive(long time) {
        long retryAfter = -2;
        for (int i = 0; i < windows.size(); i++) {
            if (remaining(i, time) <= 0) {
                retryAfter = Math.max(retryAfter, seconds(untilEnd(i, time)));
            }
        }
        if (retryAfter > -2) {
            refused++;
            return new RateLimitHeaders(429, null, null, null, retryAfter);
        }
        accepted++;
        int described = 0;
        for (int i = 0; i < windows.size(); i++) {
            counts.get(i).merge(index(i, time), 1, Integer::sum);
            if (remaining(i, time) <= remaining(described, time)) {
                described = i;
            }
        }
        return new RateLimitHeaders(200, windows.get(described).limit(), remaining(described, time),
                seconds(untilEnd(described, time)), null);
    }

    /** Someone else on the account spends {@code requests} at {@code time} (as far as the windows allow). */
    void spendByOthers(long time, int requests) {
        for (int i = 0; i < windows.size(); i++) {
            int limit = windows.get(i).limit();
            counts.get(i).merge(index(i, time), requests, (a, b) -> Math.min(limit, a + b));
        }
    }

    int accepted() {
        return accepted;
    }

    int refused() {
        return refused;
    }

    private int remaining(int i, long time) {
        return windows.get(i).limit() - counts.get(i).getOrDefault(index(i, time), 0);
    }

    private long index(int i, long time) {
        return Math.floorDiv(time - firstBoundary[i], length(i));
    }

    private long untilEnd(int i, long time) {
        return firstBoundary[i] + (index(i, time) + 1) * length(i) - time;
    }

    private long length(int i) {
        return windows.get(i).length().toNanos();
    }

    private long seconds(long nanos) {
        return rounding == Rounding.CEIL ? Math.floorDiv(nanos + SECOND - 1, SECOND) : Math.floorDiv(nanos, SECOND);
    }
}
