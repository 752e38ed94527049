package dev.hoodadmin.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hoodadmin.testing.TestClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Granting, estimating and reporting on a fresh budget (no headers) whose window phase is unknown (no
 * epoch prior; see {@link EpochPriorTest} for the prior), on an auto-advancing fake clock.
 */
class RateBudgetTest {

    private final TestClock time = TestClock.autoAdvancing();

    private RateBudget budget(Duration margin) {
        return new RateBudget(RateBudgetConfig.defaults().withArrivalMargin(margin).withEpochAlignedPrior(false), time);
    }

    private static List<Duration> grantTimes(RateBudget budget, int requests) throws InterruptedException {
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            BudgetPermit permit = budget.acquire();
            times.add(TestClock.sinceOrigin(permit.grantedAtNanos()));
            permit.completed(RateLimitHeaders.none(204));
        }
        return times;
    }

    @Test
    void tenAtOnceThenTheEleventhWaitsASecond() throws InterruptedException {
        List<Duration> times = grantTimes(budget(Duration.ZERO), 11);

        assertThat(times.subList(0, 10)).containsOnly(Duration.ZERO);
        assertThat(times.get(10)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void requestsStillInFlightMayArriveLateSoTheMarginIsAddedToTheWait() throws InterruptedException {
        RateBudget budget = budget(Duration.ofMillis(20));
        for (int i = 0; i < 10; i++) {
            budget.acquire(); // no response yet
        }

        assertThat(TestClock.sinceOrigin(budget.acquire().grantedAtNanos())).isEqualTo(Duration.ofMillis(1020));
    }

    @Test
    void answeredRequestsArrivedBeforeTheirResponseSoNoMarginIsNeeded() throws InterruptedException {
        List<Duration> times = grantTimes(budget(Duration.ofMillis(20)), 11);

        assertThat(times.get(10)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void onlyOneHundredFiftyPerMinuteAcrossFifteenSeconds() throws InterruptedException {
        List<Duration> times = grantTimes(budget(Duration.ZERO), 151);

        assertThat(times.get(149)).isEqualTo(Duration.ofSeconds(14));
        assertThat(times.get(150)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void estimateFollowsTheGreedySchedule() {
        RateBudget budget = budget(Duration.ZERO);

        assertThat(budget.estimateDuration(0)).isZero();
        assertThat(budget.estimateDuration(10)).isZero();
        assertThat(budget.estimateDuration(11)).isEqualTo(Duration.ofSeconds(1));
        assertThat(budget.estimateDuration(150)).isEqualTo(Duration.ofSeconds(14));
        assertThat(budget.estimateDuration(151)).isEqualTo(Duration.ofSeconds(60));
        assertThat(budget.estimateDuration(300)).isEqualTo(Duration.ofSeconds(74));
    }

    @Test
    void estimateAccountsForWhatIsAlreadySpentAndChangesNothing() throws InterruptedException {
        RateBudget budget = budget(Duration.ZERO);
        grantTimes(budget, 10);

        assertThat(budget.estimateDuration(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(budget.estimateDuration(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(budget.snapshot().windows().get(0).used()).isEqualTo(10);
    }

    @Test
    void estimateIncludesAPause() throws InterruptedException {
        RateBudget budget = budget(Duration.ZERO);
        budget.acquire().completed(new RateLimitHeaders(429, null, null, null, 3L));

        assertThat(budget.estimateDuration(1)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void snapshotShowsWhatIsUsedAndWhenItFrees() throws InterruptedException {
        RateBudget budget = budget(Duration.ZERO);
        budget.acquire().completed(RateLimitHeaders.none(204));
        budget.acquire().completed(RateLimitHeaders.none(204));
        budget.acquire();

        BudgetSnapshot snapshot = budget.snapshot();

        assertThat(snapshot.windows()).containsExactly(
                new BudgetSnapshot.Window(10, Duration.ofSeconds(1), 3, 7, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                new BudgetSnapshot.Window(150, Duration.ofMinutes(1), 3, 147, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThat(snapshot.isPaused()).isFalse();
        assertThat(snapshot.inFlight()).isEqualTo(1);
        assertThat(snapshot.waitingForInFlight()).isFalse();
    }

    @Test
    void snapshotShowsAPause() throws InterruptedException {
        RateBudget budget = budget(Duration.ZERO);
        budget.acquire().completed(new RateLimitHeaders(429, null, null, null, 5L));

        BudgetSnapshot snapshot = budget.snapshot();

        assertThat(snapshot.pausedFor()).isEqualTo(Duration.ofSeconds(5));
        assertThat(snapshot.isPaused()).isTrue();
    }

    @Test
    void snapshotOfAnIdleWindowIsFullyAvailable() {
        BudgetSnapshot.Window perSecond = budget(Duration.ZERO).snapshot().windows().get(0);

        assertThat(perSecond.used()).isZero();
        assertThat(perSecond.remaining()).isEqualTo(10);
        assertThat(perSecond.resetsIn()).isZero();
    }

    @Test
    void failedRequestStaysCounted() throws InterruptedException {
        RateBudget budget = budget(Duration.ZERO);
        budget.acquire().failed();

        assertThat(budget.snapshot().windows().get(0).used()).isEqualTo(1);
        assertThat(budget.snapshot().inFlight()).isZero();
    }

    @Test
    void permitReportedTwiceIsRejected() throws InterruptedException {
        BudgetPermit permit = budget(Duration.ZERO).acquire();
        permit.completed(RateLimitHeaders.none(204));

        assertThatThrownBy(permit::failed).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> permit.completed(RateLimitHeaders.none(204))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unlimitedGateNeverWaits() throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            RequestGate.UNLIMITED.acquire().completed(RateLimitHeaders.none(204));
        }
    }
}
