package dev.hoodadmin.ratelimit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Our count of one fixed server window, which we cannot see directly.
 *
 * <p>Every request we sent (and every request the server says someone else sent) is a {@link Stamp}
 * with the latest instant it may have reached the server: {@code sent + margin} while in flight,
 * the response time once answered. It counts in the window starting at boundary {@code b} if it may
 * have arrived at or after {@code b}. The window a request sent now lands in starts at the earliest
 * candidate boundary after {@code now - length}: with a known phase that is the current window, with
 * an unknown phase the count degrades to a sliding window, which is safe for every phase.
 *
 * <p>The phase used for counting is what the server's answers showed ({@code learned}), sharpened by
 * a hypothesis ({@code prior}, e.g. "boundaries at whole epoch seconds") for as long as the answers
 * agree with it. Once they don't, the prior is dropped for good and counting relies on the answers alone.
 *
 * <p>Not thread-safe: {@link RateBudget} guards it with its lock.
 */
final class WindowTracker {

    /** One request as this window sees it. */
    static final class Stamp {
        final long sent;
        long latestArrival;

        Stamp(long sent, long latestArrival) {
            this.sent = sent;
            this.latestArrival = latestArrival;
        }
    }

    private final FixedWindow window;
    private final long length;
    private final long margin;
    private final double clockDrift;
    private final ArrayDeque<Stamp> stamps;
    /** What the server's answers showed, and nothing else. */
    private PhaseEstimate learned;
    /** A hypothesis not contradicted so far; null when there is none. */
    private PhaseEstimate prior;
    /** What counting uses: {@code learned}, narrowed by {@code prior} while there is one. */
    private PhaseEstimate phase;

    WindowTracker(FixedWindow window, Duration margin) {
        this(window, margin, PhaseEstimate.DEFAULT_CLOCK_DRIFT);
    }

    /** @param clockDrift relative drift between our clock and the server's to allow for */
    WindowTracker(FixedWindow window, Duration margin, double clockDrift) {
        this.window = window;
        this.length = window.length().toNanos();
        this.margin = margin.toNanos();
        this.clockDrift = clockDrift;
        this.stamps = new ArrayDeque<>();
        this.learned = PhaseEstimate.unknown(length, clockDrift);
        this.phase = learned;
    }

    private WindowTracker(WindowTracker original) {
        this.window = original.window;
        this.length = original.length;
        this.margin = original.margin;
        this.clockDrift = original.clockDrift;
        this.stamps = new ArrayDeque<>(original.stamps);
        this.learned = original.learned;
        this.prior = original.prior;
        this.phase = original.phase;
    }

    /** A copy for planning ahead: new requests go to the copy only. */
    WindowTracker copy() {
        return new WindowTracker(this);
    }

    FixedWindow window() {
        return window;
    }

    int limit() {
        return window.limit();
    }

    long length() {
        return length;
    }

    /** Requests that may count in the window a request sent now would land in. */
    int used(long now) {
        return countedArrivals(windowStartFor(now, now), Long.MAX_VALUE).length;
    }

    /** Nanoseconds until at most {@code allowed} requests count; 0 if that is already so. */
    long nanosUntilUsedAtMost(int allowed, long now) {
        long[] arrivals = countedArrivals(windowStartFor(now, now), Long.MAX_VALUE);
        if (arrivals.length <= allowed) {
            return 0;
        }
        Arrays.sort(arrivals);
        long mustHaveStartedAfter = arrivals[arrivals.length - 1 - allowed];
        long windowStart = phase.clearBefore(mustHaveStartedAfter, now) + length;
        return Math.max(0, windowStart - now);
    }

    /** Counts a request granted now. */
    Stamp record(long now) {
        while (!stamps.isEmpty() && stamps.peekFirst().sent + margin <= now - length) {
            stamps.removeFirst();
        }
        Stamp stamp = new Stamp(now, now + margin);
        stamps.addLast(stamp);
        return stamp;
    }

    /** Stops counting a request. */
    void forget(Stamp stamp) {
        stamps.remove(stamp);
    }

    /** The response arrived at {@code received}, so the request reached the server by then. */
    static void answered(Stamp stamp, long received) {
        stamp.latestArrival = Math.min(stamp.latestArrival, received);
    }

    /**
     * The server said {@code serverUsed} requests counted when {@code own} arrived (answered at
     * {@code received}). More than we can account for: others spend the budget, so add their
     * requests. Otherwise our own requests explain it, so the window must have started early enough
     * to hold them: that bounds where its boundary lies and places {@code own} before the next one.
     */
    void observeServerCount(int serverUsed, Stamp own, long received) {
        int expected = Math.min(serverUsed, limit());
        long[] known = countedArrivals(windowStartFor(own.sent, received), received);
        if (prior != null && known.length < expected && countedArrivals(
                learned.firstCandidateAfter(own.sent - length, received), received).length >= expected) {
            // Our own requests from before a boundary the prior predicted explain the count: it did not pass.
            dropPrior();
            known = countedArrivals(windowStartFor(own.sent, received), received);
        }
        int missing = expected - known.length;
        for (int i = 0; i < missing; i++) {
            stamps.addLast(new Stamp(received, received));
        }
        if (missing > 0 || serverUsed <= 0) {
            return;
        }
        Arrays.sort(known);
        long startedBy = known[known.length - serverUsed];
        if (startedBy < own.sent) {
            // No boundary lies between startedBy and own's arrival, so for counting, own arrived at startedBy.
            learnBoundaryWithin(own.sent + 1, startedBy + length, received);
            own.latestArrival = Math.min(own.latestArrival, startedBy);
        }
    }

    /** Evidence that a boundary of this window lies within {@code [from, to]}. */
    void learnBoundaryWithin(long from, long to, long now) {
        learned = learned.constrain(from, to, now);
        combine(now);
    }

    /**
     * Assumes, until the server's answers say otherwise, that a boundary lies within {@code uncertainty}
     * of {@code boundary} (modulo the window length), as of {@code now}. Replaces an earlier assumption;
     * one that disagrees with the earlier assumption or with the answers so far is dropped instead.
     */
    void assumeBoundaryNear(long boundary, long uncertainty, long now) {
        PhaseEstimate assumed = PhaseEstimate.around(boundary, uncertainty, length, clockDrift, now);
        if (prior != null && prior.intersect(assumed, now) == null) {
            dropPrior(); // the wall clock jumped: neither reading can be trusted
            return;
        }
        prior = assumed;
        combine(now);
    }

    /** True while an assumption about the phase is in use; false once dropped (or if there never was one). */
    boolean hasPrior() {
        return prior != null;
    }

    /** Counts by what the server's answers showed alone from now on. */
    void dropPrior() {
        prior = null;
        phase = learned;
    }

    private void combine(long now) {
        if (prior == null) {
            phase = learned;
            return;
        }
        PhaseEstimate both = prior.intersect(learned, now);
        if (both == null) {
            dropPrior(); // the server's answers put the boundary where the prior says there is none
        } else {
            phase = both;
        }
    }

    long phaseUncertainty(long now) {
        return phase.uncertainty(now);
    }

    /** Earliest possible start of the window holding a request that arrived at {@code at}. */
    private long windowStartFor(long at, long now) {
        return phase.firstCandidateAfter(at - length, now);
    }

    /** Latest arrivals of the stamps sent by {@code sentBy} that may have arrived at or after {@code from}. */
    private long[] countedArrivals(long from, long sentBy) {
        long[] arrivals = new long[stamps.size()];
        int count = 0;
        for (Iterator<Stamp> it = stamps.descendingIterator(); it.hasNext(); ) {
            Stamp stamp = it.next();
            if (stamp.sent + margin < from) {
                break;
            }
            if (stamp.latestArrival >= from && stamp.sent <= sentBy) {
                arrivals[count++] = stamp.latestArrival;
            }
        }
        return Arrays.copyOf(arrivals, count);
    }
}
