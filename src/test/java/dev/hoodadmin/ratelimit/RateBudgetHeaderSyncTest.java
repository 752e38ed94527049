package dev.hoodadmin.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hoodadmin.testing.TestClock;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What the budget learns from {@code X-RateLimit-*} headers, starting with the phase unknown (no epoch
 * prior; see {@link EpochPriorTest} for the prior). No arrival margin; learned boundaries widen by the
 * clock-drift allowance (100 ppm), a fraction of a millisecond in these tests.
 */
class RateBudgetHeaderSyncTest {

    private static final Duration DRIFT_ALLOWANCE = Duration.ofMillis(2);

    private final TestClock time = TestClock.autoAdvancing();
    private final RateBudget budget = new RateBudget(
            RateBudgetConfig.defaults().withArrivalMargin(Duration.ZERO).withEpochAlignedPrior(false), time);

    private static RateLimitHeaders ok(Integer limit, Integer remaining, Long reset) {
        return new RateLimitHeaders(200, limit, remaining, reset, null);
    }

    private Duration grantAndComplete(RateLimitHeaders headers) throws InterruptedException {
        BudgetPermit permit = budget.acquire();
        permit.completed(headers);
        return TestClock.sinceOrigin(permit.grantedAtNanos());
    }

    private int perSecondRemaining() {
        return budget.snapshot().windows().get(0).remaining();
    }

    @Test
    void minuteBoundaryLearnedFromResetEndsTheWaitEarly() throws InterruptedException {
        for (int i = 0; i < 149; i++) {
            grantAndComplete(RateLimitHeaders.none(204));
        }
        // Sent and answered at 14 s: the minute window refreshes in 10 s, give or take a second.
        grantAndComplete(ok(150, 0, 10L));

        Duration next = grantAndComplete(RateLimitHeaders.none(204));

        // Not 60 s: 14 + 10 + 1 s of unknown rounding.
        assertThat(next).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(25).plus(DRIFT_ALLOWANCE));
    }

    @Test
    void secondBoundaryLearnedFromRemainingGoingUp() throws InterruptedException {
        for (int i = 9; i >= 5; i--) {
            grantAndComplete(ok(10, i, 1L)); // five at 0 s
        }
        time.advance(Duration.ofMillis(300));
        grantAndComplete(ok(10, 9, 1L)); // at 0.3 s a fresh window: its boundary lies in [0, 0.3] s
        time.advance(Duration.ofMillis(1050));
        for (int i = 0; i < 10; i++) {
            grantAndComplete(RateLimitHeaders.none(204)); // a full burst at 1.35 s
        }

        Duration next = grantAndComplete(RateLimitHeaders.none(204));

        // A sliding window would say 2.35 s.
        assertThat(next).isBetween(Duration.ofMillis(2300), Duration.ofMillis(2300).plus(DRIFT_ALLOWANCE));
    }

    @Test
    void remainingExplainedByOurOwnRequestsShowsTheWindowBeganBeforeThem() throws InterruptedException {
        grantAndComplete(ok(10, 9, 1L)); // at 0 s
        time.advance(Duration.ofMillis(600));
        grantAndComplete(ok(10, 8, 1L)); // same window as the first: it ends by 1 s
        for (int i = 0; i < 8; i++) {
            grantAndComplete(RateLimitHeaders.none(204));
        }

        Duration eleventh = grantAndComplete(RateLimitHeaders.none(204));
        Duration twelfth = grantAndComplete(RateLimitHeaders.none(204));

        assertThat(eleventh).isEqualTo(Duration.ofSeconds(1));
        // A sliding window would hold the twelfth until 1.6 s.
        assertThat(twelfth).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(1).plus(DRIFT_ALLOWANCE));
    }

    @Test
    void lowerRemainingMeansSomeoneElseSpends() throws InterruptedException {
        grantAndComplete(ok(10, 2, 1L));

        assertThat(perSecondRemaining()).isEqualTo(2);
        assertThat(grantAndComplete(RateLimitHeaders.none(204))).isZero();
        assertThat(grantAndComplete(RateLimitHeaders.none(204))).isZero();
        assertThat(grantAndComplete(RateLimitHeaders.none(204))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void othersSpendingTheMinuteIsAdoptedToo() throws InterruptedException {
        grantAndComplete(ok(150, 100, 30L));

        assertThat(budget.snapshot().windows().get(1).remaining()).isEqualTo(100);
    }

    @Test
    void remainingMatchingOurOwnCountChangesNothing() throws InterruptedException {
        for (int i = 9; i >= 7; i--) {
            grantAndComplete(ok(10, i, 1L));
        }

        assertThat(perSecondRemaining()).isEqualTo(7);
    }

    @Test
    void higherRemainingNeverGrantsMoreThanOurOwnCount() throws InterruptedException {
        for (int i = 0; i < 9; i++) {
            grantAndComplete(RateLimitHeaders.none(204));
        }
        grantAndComplete(ok(10, 9, 1L));

        assertThat(perSecondRemaining()).isZero();
    }

    @Test
    void unknownLimitValuesAreIgnored() throws InterruptedException {
        grantAndComplete(ok(42, 0, 5L));
        grantAndComplete(ok(null, 0, 5L));

        assertThat(perSecondRemaining()).isEqualTo(8);
        assertThat(budget.estimateDuration(8)).isZero();
    }

    @Test
    void nonsenseValuesAreIgnored() throws InterruptedException {
        grantAndComplete(ok(10, -3, -1L));
        grantAndComplete(ok(10, 11, 1_750_000_000L)); // remaining above limit; reset as an epoch timestamp
        grantAndComplete(ok(150, 149, 86_400L));

        assertThat(perSecondRemaining()).isEqualTo(7);
        assertThat(budget.snapshot().windows().get(1).phaseUncertainty()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void missingHeadersCountOnlyOurOwnRequests() throws InterruptedException {
        grantAndComplete(RateLimitHeaders.none(200));
        grantAndComplete(new RateLimitHeaders(200, 10, null, null, null));

        assertThat(perSecondRemaining()).isEqualTo(8);
    }

    @Test
    void ambiguousLimitMatchingTwoWindowsIsIgnored() throws InterruptedException {
        RateBudget sameLimits = new RateBudget(RateBudgetConfig.defaults().withEpochAlignedPrior(false)
                .withWindows(java.util.List.of(FixedWindow.of(10, Duration.ofSeconds(1)),
                        FixedWindow.of(10, Duration.ofSeconds(5)))), time);
        sameLimits.acquire().completed(ok(10, 0, 1L));

        assertThat(sameLimits.snapshot().windows().get(0).remaining()).isEqualTo(9);
    }
}
