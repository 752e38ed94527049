package dev.hoodadmin.sim;

import java.time.Clock;
import java.util.List;

/**
 * The account's request budget: a burst window and a steady window, both fixed, both counting
 * every request. An allowed request reports the window with the fewest requests left (on a tie,
 * the one that resets later, as that is the one worth waiting for). A refused request is not
 * counted and gets Retry-After = whole seconds, rounded up, until every exhausted window resets.
 */
final class RateLimiter {
    private final Clock clock;
    private final boolean enabled;
    private final List<FixedWindow> windows;

    RateLimiter(SimulatorConfig config) {
        this.clock = config.clock();
        this.enabled = config.rateLimitsEnabled();
        long phase = config.windowPhase().toMillis();
        this.windows = List.of(
                new FixedWindow(config.burstLimit(), config.burstWindow().toMillis(), phase),
                new FixedWindow(config.steadyLimit(), config.steadyWindow().toMillis(), phase));
    }

    synchronized RateDecision tryAcquire() {
        if (!enabled) {
            return new RateDecision.Unlimited();
        }
        long now = roll();
        long waitMillis = 0;
        for (FixedWindow window : windows) {
            if (window.remaining() == 0) {
                waitMillis = Math.max(waitMillis, window.millisUntilReset(now));
            }
        }
        if (waitMillis > 0) {
            return new RateDecision.Refused(ceilSeconds(waitMillis));
        }
        FixedWindow tightest = null;
        for (FixedWindow window : windows) {
            window.spend(1);
            if (tightest == null || window.remaining() < tightest.remaining()
                    || (window.remaining() == tightest.remaining()
                    && window.millisUntilReset(now) > tightest.millisUntilReset(now))) {
                tightest = window;
            }
        }
        return new RateDecision.Allowed(tightest.limit(), tightest.remaining(),
                ceilSeconds(tightest.millisUntilReset(now)));
    }

    /** Another client of the same account spends {@code requests} from both windows. */
    synchronized void spend(int requests) {
        roll();
        for (FixedWindow window : windows) {
            window.spend(requests);
        }
    }

    private long roll() {
        long now = clock.millis();
        for (FixedWindow window : windows) {
            window.roll(now);
        }
        return now;
    }

    private static long ceilSeconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }
}
