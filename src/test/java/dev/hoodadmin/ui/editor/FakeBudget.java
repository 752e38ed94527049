package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ratelimit.BudgetSnapshot;
import dev.hoodadmin.ratelimit.BudgetView;

import java.time.Duration;
import java.util.List;

/** A rate budget the test sets: 1 s and 60 s windows, and an ETA of 0.4 s per request (150 a minute). */
final class FakeBudget implements BudgetView {
    private volatile int usedPerSecond;
    private volatile int usedPerMinute;

    void use(int perSecond, int perMinute) {
        usedPerSecond = perSecond;
        usedPerMinute = perMinute;
    }

    @Override
    public BudgetSnapshot snapshot() {
        return new BudgetSnapshot(List.of(
                new BudgetSnapshot.Window(10, Duration.ofSeconds(1), usedPerSecond, 10 - usedPerSecond,
                        Duration.ofMillis(400), Duration.ZERO),
                new BudgetSnapshot.Window(150, Duration.ofSeconds(60), usedPerMinute, 150 - usedPerMinute,
                        Duration.ofSeconds(42), Duration.ZERO)),
                Duration.ZERO, false, 0);
    }

    @Override
    public Duration estimateDuration(int requests) {
        return Duration.ofMillis(400L * requests);
    }
}
