package dev.hoodadmin.ratelimit;

import static dev.hoodadmin.ratelimit.Conditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hoodadmin.testing.TestClock;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a 429 does to everybody waiting for the budget. */
@Timeout(10)
class RateBudgetRetryAfterTest {

    private static final RateBudgetConfig CONFIG = RateBudgetConfig.defaults().withArrivalMargin(Duration.ZERO);
    private final ExecutorService workers = Executors.newCachedThreadPool();

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    private static RateLimitHeaders tooMany(Long retryAfter) {
        return new RateLimitHeaders(429, null, null, null, retryAfter);
    }

    private CompletableFuture<BudgetPermit> acquireInBackground(RateBudget budget) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return budget.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, workers);
    }

    @Test
    void retryAfterPausesEveryAcquisitionUntilThen() throws InterruptedException {
        TestClock time = TestClock.autoAdvancing();
        RateBudget budget = new RateBudget(CONFIG, time);
        budget.acquire().completed(tooMany(3L));

        for (int i = 0; i < 5; i++) {
            assertThat(TestClock.sinceOrigin(budget.acquire().grantedAtNanos())).isEqualTo(Duration.ofSeconds(3));
        }
    }

    @Test
    void waitingWorkersAllStayBlockedUntilThePauseEnds() throws Exception {
        TestClock time = TestClock.manual();
        RateBudget budget = new RateBudget(CONFIG, time);
        BudgetPermit refused = budget.acquire();
        refused.completed(tooMany(3L));

        CompletableFuture<BudgetPermit> first = acquireInBackground(budget);
        CompletableFuture<BudgetPermit> second = acquireInBackground(budget);
        waitUntil(() -> time.waiting() == 2, "both workers wait");
        time.advance(Duration.ofMillis(2999));
        waitUntil(() -> time.waiting() == 2, "both workers wait again");

        assertThat(first).isNotDone();
        assertThat(second).isNotDone();

        time.advance(Duration.ofMillis(1));
        assertThat(TestClock.sinceOrigin(first.get(5, TimeUnit.SECONDS).grantedAtNanos())).isEqualTo(Duration.ofSeconds(3));
        assertThat(TestClock.sinceOrigin(second.get(5, TimeUnit.SECONDS).grantedAtNanos())).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void laterLongerPauseWinsOverAnEarlierShorterOne() throws InterruptedException {
        TestClock time = TestClock.autoAdvancing();
        RateBudget budget = new RateBudget(CONFIG, time);
        BudgetPermit a = budget.acquire();
        BudgetPermit b = budget.acquire();
        a.completed(tooMany(5L));
        b.completed(tooMany(2L));

        assertThat(TestClock.sinceOrigin(budget.acquire().grantedAtNanos())).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void absurdRetryAfterIsCappedAtFifteenMinutes() throws InterruptedException {
        TestClock time = TestClock.autoAdvancing();
        RateBudget budget = new RateBudget(CONFIG, time);
        budget.acquire().completed(tooMany(Long.MAX_VALUE));

        assertThat(budget.snapshot().pausedFor()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void retryAfterZeroNamesNoTimeSoPausesForTheDefaultInsteadOfResendingAtOnce() throws InterruptedException {
        TestClock time = TestClock.autoAdvancing();
        RateBudget budget = new RateBudget(CONFIG, time);
        budget.acquire().completed(tooMany(0L));

        assertThat(TestClock.sinceOrigin(budget.acquire().grantedAtNanos())).isEqualTo(CONFIG.defaultRetryPause());
    }

    @Test
    void tooManyRequestsWithoutRetryAfterPausesForTheDefault() throws InterruptedException {
        TestClock time = TestClock.autoAdvancing();
        RateBudget budget = new RateBudget(CONFIG, time);
        budget.acquire().completed(tooMany(null));

        assertThat(TestClock.sinceOrigin(budget.acquire().grantedAtNanos())).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void parallelLimitWaitsForAnotherRequestInFlight() throws Exception {
        TestClock time = TestClock.manual();
        RateBudget budget = new RateBudget(CONFIG, time);
        BudgetPermit refused = budget.acquire();
        BudgetPermit stillInFlight = budget.acquire();
        refused.completed(tooMany(-1L));

        CompletableFuture<BudgetPermit> resend = acquireInBackground(budget);
        waitUntil(() -> time.waiting() == 1, "the resend waits");
        assertThat(budget.snapshot().waitingForInFlight()).isTrue();
        time.advance(Duration.ofSeconds(5));
        waitUntil(() -> time.waiting() == 1, "the resend still waits after time passed");
        assertThat(resend).isNotDone();

        stillInFlight.completed(RateLimitHeaders.none(204));

        assertThat(TestClock.sinceOrigin(resend.get(5, TimeUnit.SECONDS).grantedAtNanos()))
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(budget.snapshot().waitingForInFlight()).isFalse();
    }

    @Test
    void parallelLimitIsAlsoReleasedByAFailedRequest() throws Exception {
        TestClock time = TestClock.manual();
        RateBudget budget = new RateBudget(CONFIG, time);
        BudgetPermit refused = budget.acquire();
        BudgetPermit stillInFlight = budget.acquire();
        refused.completed(tooMany(-1L));

        CompletableFuture<BudgetPermit> resend = acquireInBackground(budget);
        waitUntil(() -> time.waiting() == 1, "the resend waits");
        stillInFlight.failed();

        assertThat(resend.get(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void parallelLimitWithNothingElseInFlightWaitsTheShortFallback() throws InterruptedException {
        TestClock time = TestClock.autoAdvancing();
        RateBudget budget = new RateBudget(CONFIG, time);
        budget.acquire().completed(tooMany(-1L));

        assertThat(TestClock.sinceOrigin(budget.acquire().grantedAtNanos())).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void parallelLimitNeverWaitsLongerThanTheMaximum() throws InterruptedException {
        TestClock time = TestClock.autoAdvancing();
        RateBudget budget = new RateBudget(CONFIG, time);
        BudgetPermit refused = budget.acquire();
        budget.acquire(); // never reported: a caller bug must not block the app forever
        refused.completed(tooMany(-1L));

        assertThat(TestClock.sinceOrigin(budget.acquire().grantedAtNanos())).isEqualTo(Duration.ofSeconds(30));
    }
}
