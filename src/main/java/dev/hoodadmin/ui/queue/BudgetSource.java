package dev.hoodadmin.ui.queue;

import java.time.Duration;
import java.util.List;

/**
 * The rate budget as the views need it: a cheap reading for the gauge and an estimate for progress ETAs.
 * Both are called on the JavaFX thread several times a second, so they must not block or do I/O.
 * The app adapts its {@code RateBudget} to this; {@link #UNKNOWN} stands in when there is none.
 */
public interface BudgetSource {

    BudgetReading snapshot();

    /** How long until {@code requests} more requests can have been sent; null when unknown. */
    Duration estimate(int requests);

    /** No budget known: the gauge says so and progress shows no ETA. */
    BudgetSource UNKNOWN = new BudgetSource() {
        @Override
        public BudgetReading snapshot() {
            return new BudgetReading(List.of(), Duration.ZERO);
        }

        @Override
        public Duration estimate(int requests) {
            return null;
        }
    };
}
