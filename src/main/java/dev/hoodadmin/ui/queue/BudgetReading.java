package dev.hoodadmin.ui.queue;

import java.time.Duration;
import java.util.List;

/**
 * One reading of the rate budget for the status-bar gauge.
 *
 * @param windows   the fixed windows (e.g. 1 s and 60 s), shortest first
 * @param pausedFor how long every request is held back after a 429; zero if not
 */
public record BudgetReading(List<Window> windows, Duration pausedFor) {

    public BudgetReading {
        windows = List.copyOf(windows);
    }

    /** One window: its limit and length, requests counted in it now, what is left and when it refreshes. */
    public record Window(int limit, Duration length, int used, int remaining, Duration resetsIn) {
    }
}
