package dev.hoodadmin.ui.queue;

import dev.hoodadmin.ratelimit.BudgetSnapshot;
import dev.hoodadmin.ratelimit.RateBudget;

import java.time.Duration;

/** The account's rate budget as the gauge and the ETAs read it. */
public final class RateBudgetSource implements BudgetSource {
    private final RateBudget budget;

    public RateBudgetSource(RateBudget budget) {
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
