package dev.hoodadmin.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** One server limit: at most {@code limit} requests per fixed window of {@code length}. */
public record FixedWindow(int limit, Duration length) {

    public FixedWindow {
        Objects.requireNonNull(length, "length");
        if (limit < 1) {
            throw new IllegalArgumentException("window limit must be at least 1, was " + limit);
        }
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("window length must be positive, was " + length);
        }
    }

    public static FixedWindow of(int limit, Duration length) {
        return new FixedWindow(limit, length);
    }
}
