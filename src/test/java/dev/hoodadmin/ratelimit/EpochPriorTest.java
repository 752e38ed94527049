package dev.hoodadmin.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hoodadmin.testing.TestClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The budget assumes the server's windows start at whole epoch seconds and minutes of the wall clock
 * (50 ms either way) until an answer contradicts that. The fake wall clock starts 0.56 s into a second
 * and 17.56 s into a minute, so the prior puts the next boundaries 0.44 s and 42.44 s ahead.
 */
class EpochPriorTest {

    private static final Duration SECOND_BOUNDARY_SURELY_PASSED = Duration.ofMillis(440 + 50);
    private static final Duration PRIOR_WIDTH = Duration.ofMillis(100);
    /** The prior widens by the clock-drift allowance (100 ppm) between wall-clock readings. */
    private static final Duration DRIFT_ALLOWANCE = Duration.ofMillis(1);

    private final TestClock time = TestClock.autoAdvancing();
    // the figures below reason with a 50 ms margin, wider than the default
    private final RateBudget budget = new RateBudget(
            RateBudgetConfig.defaults().withEpochPriorMargin(Duration.ofMillis(50)), time);

    private static RateLimitHeaders ok(int limit, int remaining, long reset) {
        return new RateLimitHeaders(200, limit, remaining, reset, null);
    }

    private Duration grantAndComplete(RateLimitHeaders headers) throws InterruptedException {
        BudgetPermit permit = budget.acquire();
        permit.completed(headers);
        return TestClock.sinceOrigin(permit.grantedAtNanos());
    }

    private List<Duration> grantAndComplete(int requests) throws InterruptedException {
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            times.add(grantAndComplete(RateLimitHeaders.none(204)));
        }
        return times;
    }

    private BudgetSnapshot.Window window(int index) {
        return budget.snapshot().windows().get(index);
    }

    private static Duration upToDrift(Duration actual, Duration expected) {
        assertThat(actual).isBetween(expected, expected.plus(DRIFT_ALLOWANCE));
        return actual;
    }

    @Test
    void aBurstWaitsOnlyUntilTheNextEpochSecondHasSurelyBegun() throws InterruptedException {
        List<Duration> times = grantAndComplete(21);

        assertThat(times.subList(0, 10)).containsOnly(Duration.ZERO);
        Duration secondBurst = upToDrift(times.get(10), SECOND_BOUNDARY_SURELY_PASSED);
        assertThat(times.subList(10, 20)).containsOnly(secondBurst);
        upToDrift(times.get(20), SECOND_BOUNDARY_SURELY_PASSED.plusSeconds(1));
        assertThat(budget.assumesEpochAlignedWindows()).isTrue();
    }

    @Test
    void requestsStillInFlightWhenTheBoundaryMayPassCountInTheNextWindowToo() throws InterruptedException {
        time.advance(Duration.ofMillis(380)); // 0.94 s into the second; the boundary may come from 0.99 s on
        for (int i = 0; i < 10; i++) {
            budget.acquire(); // no answer yet: may reach the server 20 ms later, at 0.96 s, inside the prior's margin
        }

        // Counted in the window that may begin at 0.96 s, so the next one waits until that window surely ended.
        assertThat(TestClock.sinceOrigin(budget.acquire().grantedAtNanos())).isEqualTo(Duration.ofMillis(1400));
    }

    @Test
    void requestsAnsweredBeforeTheBoundaryMayPassCountInTheirWindowOnly() throws InterruptedException {
        time.advance(Duration.ofMillis(380));
        grantAndComplete(10);

        upToDrift(grantAndComplete(RateLimitHeaders.none(204)), SECOND_BOUNDARY_SURELY_PASSED);
    }

    @Test
    void estimateFollowsTheEpochBoundaries() {
        assertThat(budget.estimateDuration(10)).isZero();
        upToDrift(budget.estimateDuration(11), SECOND_BOUNDARY_SURELY_PASSED);
        // 150 by 13.49 s; the 151st once the epoch minute has surely turned, not 60 s after the first.
        upToDrift(budget.estimateDuration(151), Duration.ofMillis(42_440 + 50).plus(DRIFT_ALLOWANCE));
    }

    @Test
    void snapshotShowsThePhaseKnownWithinTheMargin() throws InterruptedException {
        grantAndComplete(3);

        assertThat(window(0).phaseUncertainty()).isEqualTo(PRIOR_WIDTH);
        upToDrift(window(0).resetsIn(), SECOND_BOUNDARY_SURELY_PASSED);
        assertThat(window(1).phaseUncertainty()).isEqualTo(PRIOR_WIDTH);
        upToDrift(window(1).resetsIn(), Duration.ofMillis(42_490));
    }

    @Test
    void withThePriorDisabledThePhaseStartsUnknown() {
        RateBudget unknown = new RateBudget(RateBudgetConfig.defaults().withEpochAlignedPrior(false), time);

        assertThat(unknown.snapshot().windows().get(0).phaseUncertainty()).isEqualTo(Duration.ofSeconds(1));
        assertThat(unknown.estimateDuration(11)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a429DropsThePriorAndPausesAsItSays() throws InterruptedException {
        grantAndComplete(new RateLimitHeaders(429, null, null, null, 1L));

        assertThat(budget.assumesEpochAlignedWindows()).isFalse();
        assertThat(budget.snapshot().pausedFor()).isEqualTo(Duration.ofSeconds(1));
        assertThat(window(0).phaseUncertainty()).isEqualTo(Duration.ofSeconds(1));
        assertThat(window(1).phaseUncertainty()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theParallelRequestLimitSaysNothingAboutWindowsAndKeepsThePrior() throws InterruptedException {
        grantAndComplete(new RateLimitHeaders(429, null, null, null, -1L));

        assertThat(budget.assumesEpochAlignedWindows()).isTrue();
    }

    @Test
    void remainingGoingUpWhereThePriorSeesNoBoundaryDropsIt() throws InterruptedException {
        for (int remaining = 9; remaining >= 7; remaining--) {
            grantAndComplete(ok(10, remaining, 1));
        }
        time.advance(Duration.ofMillis(200));
        grantAndComplete(ok(10, 9, 1)); // a fresh window between 0 and 0.2 s, not at 0.44 s

        assertThat(budget.assumesEpochAlignedWindows()).isFalse();
        assertThat(window(0).phaseUncertainty()).isBetween(Duration.ofMillis(200), Duration.ofMillis(201));
        assertThat(window(1).phaseUncertainty()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void minuteResetFarFromTheEpochMinuteDropsIt() throws InterruptedException {
        grantAndComplete(ok(150, 149, 30)); // the prior says 42.44 s

        assertThat(budget.assumesEpochAlignedWindows()).isFalse();
    }

    @Test
    void minuteResetWithinItsWholeSecondRoundingKeepsIt() throws InterruptedException {
        grantAndComplete(ok(150, 149, 42));
        grantAndComplete(ok(150, 148, 43));

        assertThat(budget.assumesEpochAlignedWindows()).isTrue();
        assertThat(window(1).phaseUncertainty()).isEqualTo(PRIOR_WIDTH);
    }

    @Test
    void remainingThatOurRequestsBeforeAPredictedBoundaryExplainDropsIt() throws InterruptedException {
        grantAndComplete(5);
        time.advance(Duration.ofMillis(600)); // 0.16 s past the epoch second
        grantAndComplete(ok(10, 4, 1)); // the server still counts our first five: no boundary passed

        assertThat(budget.assumesEpochAlignedWindows()).isFalse();
        assertThat(window(0).remaining()).isEqualTo(4);
    }

    @Test
    void othersSpendingAfterAPredictedBoundaryIsNotMistakenForAWrongPrior() throws InterruptedException {
        time.advance(Duration.ofMillis(600));
        grantAndComplete(ok(10, 7, 1)); // two more than ours: someone else's

        assertThat(budget.assumesEpochAlignedWindows()).isTrue();
        assertThat(window(0).remaining()).isEqualTo(7);
    }

    @Test
    void theWallClockIsReadAgainSoThePriorDoesNotWidenWithAge() throws InterruptedException {
        time.advance(Duration.ofMinutes(10)); // 100 ppm drift would have widened it by 120 ms

        assertThat(window(0).phaseUncertainty()).isEqualTo(PRIOR_WIDTH);
        assertThat(budget.assumesEpochAlignedWindows()).isTrue();
    }

    @Test
    void aWallClockStepBeyondTheMarginDropsThePriorAtTheNextReading() {
        time.stepWallClock(Duration.ofMillis(300)); // NTP stepped the clock: which reading was right?
        time.advance(Duration.ofSeconds(59));
        assertThat(budget.assumesEpochAlignedWindows()).as("before the next reading").isTrue();

        time.advance(Duration.ofSeconds(1));
        budget.snapshot();

        assertThat(budget.assumesEpochAlignedWindows()).isFalse();
    }

    @Test
    void aSmallWallClockCorrectionIsFollowed() throws InterruptedException {
        time.stepWallClock(Duration.ofMillis(-30));
        time.advance(Duration.ofMinutes(1));
        grantAndComplete(10);

        // The epoch second now begins 30 ms later on our ticker.
        upToDrift(grantAndComplete(RateLimitHeaders.none(204)),
                Duration.ofMinutes(1).plus(SECOND_BOUNDARY_SURELY_PASSED).plusMillis(30));
        assertThat(budget.assumesEpochAlignedWindows()).isTrue();
    }

    @Test
    void marginMustLeaveSomethingOfEveryWindow() {
        assertThatThrownBy(() -> RateBudgetConfig.defaults().withEpochPriorMargin(Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochPriorMargin");
        assertThatThrownBy(() -> RateBudgetConfig.defaults().withEpochPriorMargin(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochPriorMargin");
    }
}
