package dev.hoodadmin.ratelimit;

import dev.hoodadmin.time.ClockSleeper;
import dev.hoodadmin.time.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The client-side budget for the Hood API's fixed windows (10 per second and 150 per minute,
 * per account). Every request is counted in every window when granted; a request is granted only
 * when every window has room for it, so when alone on the account no request is ever refused.
 * Response headers sharpen where the server's window boundaries are and reveal requests spent by
 * others; a 429 holds back every request as long as {@code Retry-After} says. Thread-safe.
 *
 * <p>Until the headers reveal a window's phase, the budget assumes (if configured, see
 * {@link EpochPrior}) that the server's windows start at whole epoch seconds and minutes of our wall
 * clock, give or take a margin: a burst then waits only for the next such boundary, not a whole window.
 * The first answer that contradicts this (headers placing a boundary elsewhere, or a 429) drops the
 * assumption for good, and the budget goes on as if it had never made it.
 *
 * <p>Why not Bucket4j: an intervally aligned bucket can model one fixed window of known phase, but
 * here the phase is uncertain and learned as we go (a window must behave like a sliding window
 * until its boundary is known, and in between like a fixed window with a fuzzy start), the blocking
 * API parks blindly after reserving tokens (so a later {@code Retry-After} or a freed parallel slot
 * could not stop or wake it), and it exposes neither the window's reset time nor an ETA beyond one
 * bucket's capacity. What would remain of it is the counter, the smallest part of this package.
 */
public final class RateBudget implements RequestGate, BudgetView {

    private static final long SECOND = 1_000_000_000L;

    private final Object lock = new Object();
    private final RateBudgetConfig config;
    private final Sleeper time;
    private final List<WindowTracker> windows = new ArrayList<>();
    private final HeaderSync headerSync = new HeaderSync();
    /** Null when not configured or dropped after a contradiction. */
    private EpochPrior epochPrior;
    private long pausedUntil;
    private long holdUntil;
    private boolean holdEndsOnCompletion;
    private int inFlight;

    /**
     * @param time all waiting and counting uses its monotonic ticker; its wall clock is read only to
     *             place the epoch-aligned windows of the prior on that ticker
     */
    public RateBudget(RateBudgetConfig config, Sleeper time) {
        this.config = Objects.requireNonNull(config, "config");
        this.time = Objects.requireNonNull(time, "time");
        for (FixedWindow window : config.windows()) {
            windows.add(new WindowTracker(window, config.arrivalMargin()));
        }
        if (config.epochAlignedPrior()) {
            epochPrior = new EpochPrior(time, config.epochPriorMargin());
            epochPrior.applyTo(windows);
        }
        long now = time.nanoTime();
        pausedUntil = now;
        holdUntil = now;
    }

    /** A budget on the real clocks. */
    public static RateBudget withSystemClock(RateBudgetConfig config) {
        return new RateBudget(config, new ClockSleeper(Clock.systemUTC()));
    }

    @Override
    public BudgetPermit acquire() throws InterruptedException {
        synchronized (lock) {
            while (true) {
                long now = time.nanoTime();
                keepPriorInStep(now);
                long wait = nanosUntilGrant(now);
                if (wait <= 0) {
                    List<WindowTracker.Stamp> stamps = new ArrayList<>();
                    for (WindowTracker window : windows) {
                        stamps.add(window.record(now));
                    }
                    inFlight++;
                    return new BudgetPermit(this, now, stamps);
                }
                time.await(lock, wait);
            }
        }
    }

    /** What the budget looks like now. */
    public BudgetSnapshot snapshot() {
        synchronized (lock) {
            long now = time.nanoTime();
            keepPriorInStep(now);
            List<BudgetSnapshot.Window> views = new ArrayList<>();
            for (WindowTracker window : windows) {
                int used = window.used(now);
                views.add(new BudgetSnapshot.Window(window.limit(), window.window().length(), used,
                        Math.max(0, window.limit() - used), Duration.ofNanos(window.nanosUntilUsedAtMost(0, now)),
                        Duration.ofNanos(window.phaseUncertainty(now))));
            }
            boolean waitingForInFlight = holdEndsOnCompletion && holdUntil - now > 0;
            return new BudgetSnapshot(views, Duration.ofNanos(Math.max(0, pausedUntil - now)), waitingForInFlight,
                    inFlight);
        }
    }

    /**
     * How long from now until {@code requests} more requests will have been sent, if they are sent as
     * fast as the budget allows and nothing else changes (no latency, no other clients).
     */
    public Duration estimateDuration(int requests) {
        if (requests <= 0) {
            return Duration.ZERO;
        }
        synchronized (lock) {
            long now = time.nanoTime();
            keepPriorInStep(now);
            List<WindowTracker> plan = new ArrayList<>();
            for (WindowTracker window : windows) {
                plan.add(window.copy());
            }
            long time = now + Math.max(0, Math.max(pausedUntil - now, holdUntil - now));
            for (int i = 0; i < requests; i++) {
                time += nanosUntilRoom(plan, time);
                for (WindowTracker window : plan) {
                    window.record(time);
                }
            }
            return Duration.ofNanos(time - now);
        }
    }

    void onCompleted(BudgetPermit permit, RateLimitHeaders headers) {
        synchronized (lock) {
            long now = time.nanoTime();
            finishOne(now);
            for (WindowTracker.Stamp stamp : permit.stamps()) {
                WindowTracker.answered(stamp, now);
            }
            headerSync.apply(windows, permit.stamps(), headers, now);
            dropPriorIfAnyWindowDid();
            if (headers.isTooManyRequests()) {
                onTooManyRequests(permit, headers.retryAfterSeconds(), now);
            }
            lock.notifyAll();
        }
    }

    /** No response: the request may or may not have counted, so it stays counted. */
    void onFailed() {
        synchronized (lock) {
            finishOne(time.nanoTime());
            lock.notifyAll();
        }
    }

    private void finishOne(long now) {
        inFlight--;
        if (holdEndsOnCompletion) {
            holdEndsOnCompletion = false;
            holdUntil = now;
        }
    }

    private void onTooManyRequests(BudgetPermit refused, Long retryAfterSeconds, long now) {
        if (retryAfterSeconds != null && retryAfterSeconds == -1) {
            // Too many in flight: wait for one of the others to finish, or briefly if none is left.
            holdEndsOnCompletion = inFlight > 0;
            Duration hold = holdEndsOnCompletion ? config.parallelMaxWait() : config.parallelFallback();
            holdUntil = latest(holdUntil, now + hold.toNanos());
            return;
        }
        if (epochPrior != null) {
            // Alone on the account, only a wrong guess about the phase gets us refused: stop guessing, and go
            // on as if the guess had never sent this request. Kept counted, it could hold back the last request
            // of a full minute by up to a minute; if the server did count the refusal, its headers will show it.
            for (int i = 0; i < windows.size(); i++) {
                windows.get(i).forget(refused.stamps().get(i));
            }
            dropPrior();
        }
        // capped, so a hostile value cannot stall every request for hours; 0 or garbage is no time to wait:
        // pausing 0 would let the next request go straight into the same refusal
        long pause = RetryAfter.usableWait(retryAfterSeconds, RetryAfter.MAX_WAIT)
                .orElse(config.defaultRetryPause()).toNanos();
        pausedUntil = latest(pausedUntil, now + pause);
    }

    /** True while the budget still assumes epoch-aligned windows. */
    boolean assumesEpochAlignedWindows() {
        synchronized (lock) {
            return epochPrior != null;
        }
    }

    private void keepPriorInStep(long now) {
        if (epochPrior != null && epochPrior.resyncIfDue(now)) {
            epochPrior.applyTo(windows);
            dropPriorIfAnyWindowDid();
        }
    }

    /** The windows share the server's clock: if one window's answers contradict the prior, none is trusted. */
    private void dropPriorIfAnyWindowDid() {
        if (epochPrior != null && !windows.stream().allMatch(WindowTracker::hasPrior)) {
            dropPrior();
        }
    }

    private void dropPrior() {
        epochPrior = null;
        windows.forEach(WindowTracker::dropPrior);
    }

    private long nanosUntilGrant(long now) {
        long wait = Math.max(pausedUntil - now, holdUntil - now);
        if (wait > 0) {
            return wait;
        }
        if (holdEndsOnCompletion) {
            holdEndsOnCompletion = false; // waited the longest we allow for a completion
        }
        return nanosUntilRoom(windows, now);
    }

    private static long nanosUntilRoom(List<WindowTracker> windows, long now) {
        long wait = 0;
        for (WindowTracker window : windows) {
            wait = Math.max(wait, window.nanosUntilUsedAtMost(window.limit() - 1, now));
        }
        return wait;
    }

    private static long latest(long a, long b) {
        return a - b >= 0 ? a : b;
    }
}
