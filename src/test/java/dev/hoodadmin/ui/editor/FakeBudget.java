package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.queue.BudgetReading;
import dev.hoodadmin.ui.queue.BudgetSource;

import java.time.Duration;
import java.util.List;

/** A rate budget the test sets: 1 s and 60 s windows, and an ETA of 0.4 s per request (150 a minute). */
final class FakeBudget implements BudgetSource {
    private volatile int usedPerSecond;
    private volatile int usedPerMinute;

    void use(int perSecond, int perMinute) {
        usedPerSecond = perSecond;
        usedPerMinute = perMinute;
    }

    @Override
    public BudgetReading snapshot() {
        return new BudgetReading(List.of(
                new BudgetReading.Window(10, Duration.ofSeconds(1), usedPerSecond, 10 - usedPerSecond, Duration.ofMillis(400)),
                new BudgetReading.Window(150, Duration.ofSeconds(60), usedPerMinute, 150 - usedPerMinute, Duration.ofSeconds(42))),
                Duration.ZERO);
    }

    @Override
    public Duration estimate(int requests) {
        return Duration.ofMillis(400L * requests);
    }
}
