package dev.hoodadmin.app;

import dev.hoodadmin.ratelimit.BudgetSnapshot;
import dev.hoodadmin.ratelimit.RateBudget;
import dev.hoodadmin.ui.queue.BudgetReading;
import dev.hoodadmin.ui.queue.BudgetSource;

import java.time.Duration;

/** Shows the account's rate budget to the views (gauge, ETAs) without them knowing the ratelimit package. */
final class BudgetSourceAdapter implements BudgetSource {
    private final RateBudget budget;

    BudgetSourceAdapter(RateBudget budget) {
        this.budget = budget;
    }

    @Override
    public BudgetReading snapshot() {
        BudgetSnapshot snapshot = budget.snapshot();
        return new BudgetReading(snapshot.windows().stream()
                .map(w -> new BudgetReading.Window(w.limit(), w.length(), w.used(), w.remaining(), w.resetsIn()))
                .toList(), snapshot.pausedFor());
    }

    @Override
    public Duration estimate(int requests) {
        return budget.estimateDuration(requests);
    }
}
