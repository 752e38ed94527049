package dev.hoodadmin.ratelimit;

import java.time.Duration;
import java.util.Optional;

/**
 * What a 429's {@code Retry-After} may make the app wait. A positive number of seconds (or an HTTP date
 * ahead) is honoured up to a cap, so a broken or hostile server cannot stall the app for days. Anything
 * else names no time: {@code -1} is the parallel-request limit, and 0, a negative number, garbage or an
 * absent header are malformed; callers back off by their retry policy then, never resend at once in a loop.
 */
public final class RetryAfter {
    /** The longest wait a {@code Retry-After} can impose. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private RetryAfter() {
    }

    /** The wait asked for, at most {@code cap}; empty when the header names no usable time. */
    public static Optional<Duration> usableWait(Long seconds, Duration cap) {
        if (seconds == null || seconds <= 0) return Optional.empty();
        return Optional.of(seconds >= cap.toSeconds() ? cap : Duration.ofSeconds(seconds));
    }

    /** {@code Retry-After: -1}: too many requests in flight at once; there is no time to wait for. */
    public static boolean isParallelLimit(Long seconds) {
        return seconds != null && seconds == -1;
    }
}
