package dev.hoodadmin.ratelimit;

import java.time.Duration;
import java.util.List;

/**
 * The rate budget as it is shown: a cheap reading for a gauge and an estimate for progress. Both are called
 * several times a second (the window's gauge, the command line's progress), so they never block.
 */
public interface BudgetView {

    BudgetSnapshot snapshot();

    /** How long until {@code requests} more requests can have been sent; null when unknown. */
    Duration estimateDuration(int requests);

    /** No budget known (e.g. a test without limits): nothing to show and no estimate. */
    BudgetView UNKNOWN = new BudgetView() {
        @Override
        public BudgetSnapshot snapshot() {
            return new BudgetSnapshot(List.of(), Duration.ZERO, false, 0);
        }

        @Override
        public Duration estimateDuration(int requests) {
            return null;
        }
    };
}
