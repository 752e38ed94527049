package dev.hoodadmin.ratelimit;

import java.time.Duration;
import java.util.List;

/**
 * The budget as it stands, for the UI and the CLI.
 *
 * @param windows              one entry per configured window, in configuration order
 * @param pausedFor            how long every request is held back by a 429's {@code Retry-After}; zero if not
 * @param waitingForInFlight   true while held back by {@code Retry-After: -1} until a request in flight finishes
 * @param inFlight             granted requests whose outcome is not reported yet
 */
public record BudgetSnapshot(List<Window> windows, Duration pausedFor, boolean waitingForInFlight, int inFlight) {

    public BudgetSnapshot {
        windows = List.copyOf(windows);
    }

    public boolean isPaused() {
        return !pausedFor.isZero();
    }

    /**
     * One window as the budget sees it.
     *
     * @param limit            requests allowed per window
     * @param length           window length
     * @param used             requests that may count in the current window (ours and others' reported by the server)
     * @param remaining        {@code limit - used}, never negative
     * @param resetsIn         time until none of the counted requests counts any more; zero when none does
     * @param phaseUncertainty how unsure we are where the server's window boundaries are; equals
     *                         {@code length} while unknown (the budget then behaves like a sliding window),
     *                         twice the epoch prior's margin while that assumption holds unsharpened
     */
    public record Window(int limit, Duration length, int used, int remaining, Duration resetsIn,
                         Duration phaseUncertainty) {
    }
}
