package dev.hoodadmin.ratelimit;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/** A request granted by a {@link RateBudget}; reports back how it went. */
public final class BudgetPermit implements RequestGate.Permit {

    private final RateBudget budget;
    private final long grantedAtNanos;
    private final List<WindowTracker.Stamp> stamps;
    private final AtomicBoolean finished = new AtomicBoolean();

    BudgetPermit(RateBudget budget, long grantedAtNanos, List<WindowTracker.Stamp> stamps) {
        this.budget = budget;
        this.grantedAtNanos = grantedAtNanos;
        this.stamps = List.copyOf(stamps);
    }

    /** When the budget granted this request, on the budget's ticker ({@link dev.hoodadmin.time.Sleeper#nanoTime()}). */
    public long grantedAtNanos() {
        return grantedAtNanos;
    }

    /** This request as each window of the budget counted it. */
    List<WindowTracker.Stamp> stamps() {
        return stamps;
    }

    @Override
    public void completed(RateLimitHeaders headers) {
        Objects.requireNonNull(headers, "headers (use RateLimitHeaders.none(status) when there are none)");
        markFinished();
        budget.onCompleted(this, headers);
    }

    @Override
    public void failed() {
        markFinished();
        budget.onFailed();
    }

    private void markFinished() {
        if (!finished.compareAndSet(false, true)) {
            throw new IllegalStateException("permit already completed or failed; report each request once");
        }
    }
}
