package dev.hoodadmin.ratelimit;

/**
 * Where the boundaries of one fixed server window may lie on our clock: every
 * {@code start + x + k * period} with {@code 0 <= x <= width} is a candidate boundary. Unknown
 * means any instant may be one, which makes the window behave like a sliding window (always safe).
 *
 * <p>Evidence only narrows the arc. Since our clock and the server's drift apart, the arc widens
 * again slowly with the age of the evidence, until it is unknown again. Immutable.
 */
final class PhaseEstimate {

    /** Assumed worst relative drift of the two clocks (100 ppm): 6 ms per minute. */
    static final double DEFAULT_CLOCK_DRIFT = 100e-6;

    private final long period;
    private final double drift;
    private final boolean known;
    private final long start;
    private final long width;
    private final long learnedAt;

    private record Arc(long start, long width) {
    }

    private PhaseEstimate(long period, double drift, boolean known, long start, long width, long learnedAt) {
        this.period = period;
        this.drift = drift;
        this.known = known;
        this.start = start;
        this.width = width;
        this.learnedAt = learnedAt;
    }

    static PhaseEstimate unknown(long period) {
        return unknown(period, DEFAULT_CLOCK_DRIFT);
    }

    /** @param drift relative clock drift to allow for, e.g. {@code 100e-6} */
    static PhaseEstimate unknown(long period, double drift) {
        return new PhaseEstimate(period, drift, false, 0, period, 0);
    }

    /**
     * Boundaries within {@code margin} either side of {@code boundary + k * period}, as of {@code now};
     * unknown if that arc covers the whole period.
     */
    static PhaseEstimate around(long boundary, long margin, long period, double drift, long now) {
        long width = 2 * margin;
        return width >= period
                ? unknown(period, drift)
                : new PhaseEstimate(period, drift, true, boundary - margin, width, now);
    }

    private PhaseEstimate arc(long arcStart, long arcWidth, long now) {
        return new PhaseEstimate(period, drift, true, arcStart, arcWidth, now);
    }

    /** How wide the arc of candidate boundaries is now; the whole period when unknown. */
    long uncertainty(long now) {
        Arc arc = arcAt(now);
        return arc == null ? period : arc.width;
    }

    /** True unless every instant is a candidate boundary. */
    boolean isKnown(long now) {
        return arcAt(now) != null;
    }

    /**
     * The boundaries both estimates allow, or {@code null} when they allow none in common (they
     * contradict each other). Unknown on one side leaves the other as it is.
     */
    PhaseEstimate intersect(PhaseEstimate other, long now) {
        Arc mine = arcAt(now);
        Arc theirs = other.arcAt(now);
        if (theirs == null) {
            return this;
        }
        if (mine == null) {
            return other;
        }
        boolean overlap = Math.floorMod(theirs.start - mine.start, period) <= mine.width
                || Math.floorMod(mine.start - theirs.start, period) <= theirs.width;
        return overlap ? constrain(theirs.start, theirs.start + theirs.width, now) : null;
    }

    /** The earliest candidate boundary strictly after {@code x}. */
    long firstCandidateAfter(long x, long now) {
        Arc arc = arcAt(now);
        if (arc == null) {
            return x + 1;
        }
        long offset = Math.floorMod(x - arc.start, period);
        return offset < arc.width ? x + 1 : x + (period - offset);
    }

    /** The smallest {@code z} such that no candidate boundary lies in {@code (z, y]}. */
    long clearBefore(long y, long now) {
        Arc arc = arcAt(now);
        if (arc == null) {
            return y;
        }
        long offset = Math.floorMod(y - arc.start, period);
        return offset <= arc.width ? y : y - (offset - arc.width);
    }

    /** Adds the evidence "a boundary lies within [from, to]"; evidence spanning a whole period says nothing. */
    PhaseEstimate constrain(long from, long to, long now) {
        long span = to - from;
        if (span < 0 || span >= period) {
            return this;
        }
        Arc current = arcAt(now);
        if (current == null) {
            return arc(from, span, now);
        }
        long offset = Math.floorMod(from - current.start, period);
        boolean overlapsStart = offset <= current.width;
        boolean overlapsWrapped = offset - period + span >= 0;
        if (overlapsStart && overlapsWrapped) {
            // Two separate pieces: keep the narrower input arc, a superset of both.
            return span < current.width ? arc(from, span, now) : arc(current.start, current.width, now);
        }
        if (overlapsStart) {
            return arc(current.start + offset, Math.min(current.width, offset + span) - offset, now);
        }
        if (overlapsWrapped) {
            return arc(current.start, Math.min(current.width, offset - period + span), now);
        }
        // Contradiction (drift beyond our allowance, or a server restart): trust the newest evidence.
        return arc(from, span, now);
    }

    private Arc arcAt(long now) {
        if (!known) {
            return null;
        }
        long slack = (long) (Math.max(0, now - learnedAt) * drift);
        long widened = width + 2 * slack;
        return widened >= period ? null : new Arc(start - slack, widened);
    }
}
