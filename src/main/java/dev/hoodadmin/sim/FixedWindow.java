package dev.hoodadmin.sim;

/**
 * A fixed-window counter: the count drops to zero whenever the clock crosses a window boundary.
 * Boundaries sit at whole multiples of the window length from the epoch, shifted by a phase.
 * Not thread-safe: {@link RateLimiter} guards it.
 */
final class FixedWindow {
    private final int limit;
    private final long lengthMillis;
    private final long phaseMillis;
    private long windowIndex = Long.MIN_VALUE;
    private int used;

    FixedWindow(int limit, long lengthMillis, long phaseMillis) {
        this.limit = limit;
        this.lengthMillis = lengthMillis;
        this.phaseMillis = Math.floorMod(phaseMillis, lengthMillis);
    }

    /** Starts a fresh count if {@code nowMillis} lies in a later window than the last call. */
    void roll(long nowMillis) {
        long index = Math.floorDiv(nowMillis - phaseMillis, lengthMillis);
        if (index != windowIndex) {
            windowIndex = index;
            used = 0;
        }
    }

    int limit() {
        return limit;
    }

    int remaining() {
        return Math.max(0, limit - used);
    }

    void spend(int requests) {
        used += requests;
    }

    long millisUntilReset(long nowMillis) {
        return (windowIndex + 1) * lengthMillis + phaseMillis - nowMillis;
    }
}
