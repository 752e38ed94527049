package dev.hoodadmin.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The real clock moved forward by an offset that a test may jump once, e.g. onto a rate-window boundary. */
final class ShiftedClock extends Clock {
    private volatile long offsetMillis;

    /** Jumps forward so that "now" is exactly the start of a fixed window of this length. */
    void jumpToNextBoundary(Duration window) {
        long now = System.currentTimeMillis() + offsetMillis;
        offsetMillis += window.toMillis() - Math.floorMod(now, window.toMillis());
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public long millis() {
        return System.currentTimeMillis() + offsetMillis;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
