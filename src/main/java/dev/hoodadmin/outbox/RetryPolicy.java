package dev.hoodadmin.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Backoff after server and network faults (5xx, timeouts, dropped connections, unreadable answers):
 * 1 s, 2 s, 4 s … capped at 60 s, each shortened by up to a quarter at random so many clients hit by the
 * same outage do not come back in step. After {@code maxAttempts} faults the edit is FAILED (kept, and
 * retried on demand). 429s are not faults: the rate budget makes that wait.
 *
 * <p>A tiny class rather than Failsafe: the waiting happens in the outbox (the next attempt time is stored
 * with the edit, survives a restart, and other edits go meanwhile), so only the delay arithmetic is needed.
 */
public final class RetryPolicy {
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int maxAttempts;
    private final double jitterRatio;
    private final Random random;

    public RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts, double jitterRatio, Random random) {
        if (firstDelay.isNegative() || firstDelay.isZero()) throw new IllegalArgumentException("firstDelay must be positive");
        if (maxDelay.compareTo(firstDelay) < 0) throw new IllegalArgumentException("maxDelay must be at least firstDelay");
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
        if (jitterRatio < 0 || jitterRatio >= 1) throw new IllegalArgumentException("jitterRatio must be in [0, 1)");
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.maxAttempts = maxAttempts;
        this.jitterRatio = jitterRatio;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** 1 s doubling to 60 s, up to 25 % jitter, 8 attempts. */
    public static RetryPolicy standard(Random random) {
        return new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 8, 0.25, random);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** True when this many faults use up the retries. */
    public boolean isExhausted(int faults) {
        return faults >= maxAttempts;
    }

    /** How long to wait after the {@code faults}-th fault (1-based) before the next attempt. */
    public Duration delayAfter(int faults) {
        if (faults < 1) throw new IllegalArgumentException("faults must be at least 1");
        long capMillis = maxDelay.toMillis();
        long millis = firstDelay.toMillis();
        for (int i = 1; i < faults && millis < capMillis; i++) millis *= 2;
        millis = Math.min(millis, capMillis);
        long jitter = (long) (millis * jitterRatio * random.nextDouble());
        return Duration.ofMillis(millis - jitter);
    }
}
