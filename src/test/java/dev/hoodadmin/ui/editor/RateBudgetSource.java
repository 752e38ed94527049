package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ratelimit.BudgetSnapshot;
import dev.hoodadmin.ratelimit.RateBudget;
import dev.hoodadmin.ui.queue.BudgetReading;
import dev.hoodadmin.ui.queue.BudgetSource;

import java.time.Duration;

/** The real rate budget shown to the views, as the app shows it (its adapter is private to the app package). */
final class RateBudgetSource implements BudgetSource {
    private final RateBudget budget;

    RateBudgetSource(RateBudget budget) {
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
