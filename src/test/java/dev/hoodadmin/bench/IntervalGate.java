package dev.hoodadmin.bench;

import dev.hoodadmin.ratelimit.RateLimitHeaders;
import dev.hoodadmin.ratelimit.RequestGate;

import java.time.Duration;

/** The naive client's pacing: one request every interval, whatever the server says. */
final class IntervalGate implements RequestGate {
    private static final Permit IGNORED = new Permit() {
        @Override
        public void completed(RateLimitHeaders headers) {
        }

        @Override
        public void failed() {
        }
    };

    private final long intervalNanos;
    private long next = System.nanoTime();

    IntervalGate(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public synchronized Permit acquire() throws InterruptedException {
        long wait = next - System.nanoTime();
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        next = Math.max(next, System.nanoTime()) + intervalNanos;
        return IGNORED;
    }
}
