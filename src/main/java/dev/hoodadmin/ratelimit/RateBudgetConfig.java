package dev.hoodadmin.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of a {@link RateBudget}.
 *
 * @param windows          the server's fixed windows, all enforced at once
 * @param arrivalMargin    how late after we send it a request may still be counted by the server;
 *                         a request sent this close before a window boundary counts in both windows
 * @param parallelFallback wait after {@code Retry-After: -1} when nothing else is in flight
 * @param parallelMaxWait  longest wait for an in-flight request to finish after {@code Retry-After: -1}
 * @param defaultRetryPause pause after a 429 that has no usable {@code Retry-After}
 * @param epochAlignedPrior assume, until the server's answers contradict it, that its windows start at whole
 *                          multiples of their length since the epoch on our wall clock; off, the phase is
 *                          unknown until learned from the answers (the budget then starts as a sliding window)
 * @param epochPriorMargin  how far apart the server's clock and our wall clock may be, either way
 */
public record RateBudgetConfig(List<FixedWindow> windows, Duration arrivalMargin, Duration parallelFallback,
                               Duration parallelMaxWait, Duration defaultRetryPause, boolean epochAlignedPrior,
                               Duration epochPriorMargin) {

    /** Class C limits of the profile-properties endpoints: 10 per second and 150 per minute. */
    public static final List<FixedWindow> HOOD_CLASS_C = List.of(
            FixedWindow.of(10, Duration.ofSeconds(1)), FixedWindow.of(150, Duration.ofMinutes(1)));

    public RateBudgetConfig {
        windows = List.copyOf(Objects.requireNonNull(windows, "windows"));
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("at least one window is required");
        }
        requireNotNegative(arrivalMargin, "arrivalMargin");
        requireNotNegative(parallelFallback, "parallelFallback");
        requireNotNegative(parallelMaxWait, "parallelMaxWait");
        requireNotNegative(defaultRetryPause, "defaultRetryPause");
        requireNotNegative(epochPriorMargin, "epochPriorMargin");
        for (FixedWindow window : windows) {
            if (arrivalMargin.compareTo(window.length()) >= 0) {
                throw new IllegalArgumentException("arrivalMargin must be shorter than every window");
            }
            if (epochPriorMargin.multipliedBy(2).compareTo(window.length()) >= 0) {
                throw new IllegalArgumentException("epochPriorMargin must be shorter than half of every window");
            }
        }
    }

    /**
     * Hood's class C limits. The prior's margin is 20 ms: a wrong guess costs one 429 and the prior,
     * while every extra millisecond of margin is paid at each window boundary of a burst.
     */
    public static RateBudgetConfig defaults() {
        return new RateBudgetConfig(HOOD_CLASS_C, Duration.ofMillis(20), Duration.ofMillis(100),
                Duration.ofSeconds(30), Duration.ofSeconds(1), true, Duration.ofMillis(20));
    }

    public RateBudgetConfig withWindows(List<FixedWindow> newWindows) {
        return new RateBudgetConfig(newWindows, arrivalMargin, parallelFallback, parallelMaxWait, defaultRetryPause,
                epochAlignedPrior, epochPriorMargin);
    }

    public RateBudgetConfig withArrivalMargin(Duration margin) {
        return new RateBudgetConfig(windows, margin, parallelFallback, parallelMaxWait, defaultRetryPause,
                epochAlignedPrior, epochPriorMargin);
    }

    /** With {@code false}, every window's phase is unknown until the server's answers reveal it. */
    public RateBudgetConfig withEpochAlignedPrior(boolean enabled) {
        return new RateBudgetConfig(windows, arrivalMargin, parallelFallback, parallelMaxWait, defaultRetryPause,
                enabled, epochPriorMargin);
    }

    public RateBudgetConfig withEpochPriorMargin(Duration margin) {
        return new RateBudgetConfig(windows, arrivalMargin, parallelFallback, parallelMaxWait, defaultRetryPause,
                epochAlignedPrior, margin);
    }

    private static void requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
