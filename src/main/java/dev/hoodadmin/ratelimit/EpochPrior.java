package dev.hoodadmin.ratelimit;

import dev.hoodadmin.time.Sleeper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The hypothesis that the server's fixed windows start at whole multiples of their length since the
 * Unix epoch (rate limiters key them on {@code floor(serverTime / length)}) and that the server's
 * clock and our wall clock agree to within a margin (both NTP-synced). Maps those boundaries from the
 * wall clock onto the budget's monotonic ticker ({@link Sleeper#nanoTime()}), where all counting happens.
 *
 * <p>The mapping is read again every minute: the ticker and the wall clock drift apart, and NTP
 * corrects only the wall clock. Not thread-safe: {@link RateBudget} guards it with its lock.
 */
final class EpochPrior {

    private static final long SECOND = 1_000_000_000L;
    static final long RESYNC_INTERVAL_NANOS = 60 * SECOND;

    private final Sleeper time;
    private final long margin;
    /** Ticker time of the last wall-clock reading. */
    private long readAt;
    /** The wall clock at {@code readAt}, in nanoseconds since the epoch (fits a long until 2262). */
    private long epochNanosAtRead;
    /** How far the reading may be off because the ticker moved while the wall clock was read. */
    private long readSpread;

    /** @param margin how far apart the server's clock and our wall clock may be, either way */
    EpochPrior(Sleeper time, Duration margin) {
        this.time = Objects.requireNonNull(time, "time");
        this.margin = margin.toNanos();
        read();
    }

    /** Reads the wall clock again if the last reading is a resync interval old; true if it did. */
    boolean resyncIfDue(long now) {
        if (now - readAt < RESYNC_INTERVAL_NANOS) {
            return false;
        }
        read();
        return true;
    }

    /** Tells every window where the hypothesis puts its boundaries. */
    void applyTo(List<WindowTracker> windows) {
        for (WindowTracker window : windows) {
            long lastBoundary = readAt - Math.floorMod(epochNanosAtRead, window.length());
            window.assumeBoundaryNear(lastBoundary, margin + readSpread, readAt);
        }
    }

    private void read() {
        long before = time.nanoTime();
        Instant wall = time.wallClock().instant();
        long after = time.nanoTime();
        readAt = before + (after - before) / 2;
        readSpread = (after - before + 1) / 2;
        epochNanosAtRead = wall.getEpochSecond() * SECOND + wall.getNano();
    }
}
