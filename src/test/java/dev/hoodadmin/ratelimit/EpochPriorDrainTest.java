package dev.hoodadmin.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hoodadmin.ratelimit.SimulatedHoodWindows.Rounding;
import dev.hoodadmin.testing.TestClock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Draining with the epoch prior on (the default) against simulated windows keyed on the server's clock,
 * which here is our (fake) wall clock. Epoch-aligned windows are used at once, without learning and
 * without a 429; windows shifted away from the epoch cost at most one 429, after which the budget
 * goes on as it does without the prior.
 */
class EpochPriorDrainTest {

    private static final List<FixedWindow> WINDOWS = RateBudgetConfig.HOOD_CLASS_C;
    // the expected figures reason with a 50 ms margin, wider than the default
    private static final RateBudgetConfig DEFAULTS = RateBudgetConfig.defaults().withEpochPriorMargin(Duration.ofMillis(50));
    private static final List<Duration> ALIGNED = List.of(Duration.ZERO, Duration.ZERO);
    private static final List<Duration> SHIFTED = List.of(Duration.ofMillis(300), Duration.ofSeconds(17));
    /**
     * A burst waits until the predicted boundary has surely passed (the prior's margin); and the wall
     * time includes the last burst's round trips (10 x 2 ms), which the minimum does not.
     */
    private static final Duration ALLOWANCE = DEFAULTS.epochPriorMargin().plus(Drain.ONE_WAY.multipliedBy(20));
    private static final int[] SIZES = {10, 25, 100, 150, 300};

    /** Where in the (epoch) minute the drain starts: not within the prior's margin before a boundary. */
    static Stream<Duration> starts() {
        return Stream.of(0L, 560L, 17_300L, 30_030L, 42_900L, 59_500L).map(Duration::ofMillis);
    }

    /**
     * Starts within the prior's margin before a boundary: the first burst may land on either side of
     * it, so it counts in both windows and the budget slides, as with an unknown phase.
     */
    static Stream<Duration> startsJustBeforeABoundary() {
        return Stream.of(999L, 30_960L, 59_950L).map(Duration::ofMillis);
    }

    static Stream<Duration> allStarts() {
        return Stream.concat(starts(), startsJustBeforeABoundary());
    }

    private static Drain.Run drain(Duration start, List<Duration> serverShifts, RateBudgetConfig config, int requests,
                                   int othersEveryNth) throws InterruptedException {
        TestClock time = TestClock.autoAdvancing(TestClock.START.truncatedTo(ChronoUnit.MINUTES).plus(start));
        SimulatedHoodWindows server = SimulatedHoodWindows.onWallClock(WINDOWS, time, serverShifts, Rounding.CEIL);
        return Drain.run(config, time, server, requests, othersEveryNth);
    }

    @Test
    void elevenRequestsStartingLateInASecondFinishRightAfterTheNextBoundary() throws InterruptedException {
        Drain.Run run = drain(Duration.ofMillis(560), ALIGNED, DEFAULTS, 11, 0);

        assertThat(run.refused()).isZero();
        assertThat(run.minimum()).isEqualTo(Duration.ofMillis(440));
        // Sent once the boundary has surely passed (50 ms margin, plus drift), answered 2 ms later: not a whole second.
        assertThat(run.wall()).isBetween(Duration.ofMillis(440 + 50 + 2), Duration.ofMillis(440 + 50 + 3));
    }

    @ParameterizedTest(name = "start {0} into the minute")
    @MethodSource("starts")
    void epochAlignedWindowsAreUsedAtOnceWithoutA429(Duration start) throws InterruptedException {
        for (int requests : SIZES) {
            Drain.Run run = drain(start, ALIGNED, DEFAULTS, requests, 0);

            assertThat(run.refused()).as("429s for %d requests", requests).isZero();
            assertThat(run.isNearMinimum(ALLOWANCE)).as("wall %s, minimum %s for %d requests", run.wall(),
                    run.minimum(), requests).isTrue();
            if (run.minimum().compareTo(Duration.ofSeconds(2)) >= 0) {
                assertThat(run.ratio()).as("wall time / minimum for %d requests", requests).isLessThanOrEqualTo(1.05);
            }
            assertThat(run.priorHeld()).as("prior still held after %d requests", requests).isTrue();
        }
    }

    @ParameterizedTest(name = "start {0} into the minute")
    @MethodSource("startsJustBeforeABoundary")
    void startingWithinTheMarginBeforeABoundaryLosesAtMostOneSecond(Duration start) throws InterruptedException {
        for (int requests : SIZES) {
            Drain.Run run = drain(start, ALIGNED, DEFAULTS, requests, 0);

            assertThat(run.refused()).as("429s for %d requests", requests).isZero();
            assertThat(run.isNearMinimum(ALLOWANCE.plusSeconds(1))).as("wall %s, minimum %s for %d requests",
                    run.wall(), run.minimum(), requests).isTrue();
        }
    }

    @ParameterizedTest(name = "start {0} into the minute")
    @MethodSource("allStarts")
    void windowsShiftedFromTheEpochCostAtMostOne429AndNothingIsLost(Duration start) throws InterruptedException {
        for (int requests : SIZES) {
            Drain.Run run = drain(start, SHIFTED, DEFAULTS, requests, 0);
            Drain.Run withoutPrior = drain(start, SHIFTED, DEFAULTS.withEpochAlignedPrior(false), requests, 0);

            assertThat(run.refused()).as("429s for %d requests", requests).isLessThanOrEqualTo(1);
            if (run.refused() == 1) {
                assertThat(run.priorHeld()).as("prior held after a 429").isFalse();
            }
            // The one 429 costs at most its one-second Retry-After pause; the refused request is not held against us.
            assertThat(run.wall()).as("wall time for %d requests", requests)
                    .isLessThanOrEqualTo(withoutPrior.wall().plusSeconds(1));
        }
    }

    @Test
    void aHeaderContradictingThePriorDropsItBeforeAnythingIsRefused() throws InterruptedException {
        // The server's seconds start 0.3 s after the epoch's; the 5th request (at 0.299 s) is the first to
        // reach the server after 0.3 s, so its Remaining goes up where the prior says no boundary is.
        Drain.Run run = drain(Duration.ofMillis(291), SHIFTED, DEFAULTS, 25, 0);

        assertThat(run.refused()).isZero();
        assertThat(run.priorHeld()).isFalse();
    }

    @Test
    void othersSpendingTheBudgetStillCostAtMostOneResendEach() throws InterruptedException {
        int requests = 400;
        int othersEveryNth = 9;
        Drain.Run run = drain(Duration.ofMillis(20_400), ALIGNED, DEFAULTS, requests, othersEveryNth);

        // As without the prior (RateBudgetDrainTest), plus at most the one 429 that drops the prior.
        assertThat(run.refused()).isPositive().isLessThanOrEqualTo(requests / othersEveryNth + 1);
    }
}
