package dev.hoodadmin.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hoodadmin.testing.TestClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Several workers share one budget; time moves whenever one of them waits. */
@Timeout(20)
class RateBudgetConcurrencyTest {

    private static final long SECOND = 1_000_000_000L;
    private static final int WORKERS = 4;
    private static final int REQUESTS_PER_WORKER = 80;

    private static List<Long> runWorkers(Callable<Long> oneRequest) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                results.add(pool.submit(() -> {
                    List<Long> grants = new ArrayList<>();
                    for (int i = 0; i < REQUESTS_PER_WORKER; i++) {
                        grants.add(oneRequest.call());
                    }
                    return grants;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            Collections.sort(all);
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The most grants inside any interval of the given length, wherever it starts. */
    private static int mostWithin(List<Long> sortedGrants, long length) {
        int most = 0;
        int from = 0;
        for (int to = 0; to < sortedGrants.size(); to++) {
            while (sortedGrants.get(to) - sortedGrants.get(from) >= length) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }

    /** Every worker's requests reach the server as granted; returns how many it refused. */
    private static int refusalsDraining(RateBudget budget, SimulatedHoodWindows server) throws Exception {
        AtomicInteger refused = new AtomicInteger();
        runWorkers(() -> {
            BudgetPermit permit = budget.acquire();
            RateLimitHeaders answer;
            synchronized (server) {
                answer = server.arrive(permit.grantedAtNanos()); // other workers' waits move the clock meanwhile
            }
            if (answer.isTooManyRequests()) {
                refused.incrementAndGet();
            }
            permit.completed(answer);
            return permit.grantedAtNanos();
        });
        return refused.get();
    }

    @Test
    void neverMoreThanTheLimitsInAnyWindowWhateverItsPhase() throws Exception {
        TestClock time = TestClock.autoAdvancing();
        RateBudget budget = new RateBudget(RateBudgetConfig.defaults().withEpochAlignedPrior(false), time);

        List<Long> grants = runWorkers(() -> {
            BudgetPermit permit = budget.acquire();
            permit.completed(RateLimitHeaders.none(204));
            return permit.grantedAtNanos();
        });

        assertThat(grants).hasSize(WORKERS * REQUESTS_PER_WORKER);
        assertThat(mostWithin(grants, SECOND)).isLessThanOrEqualTo(10);
        assertThat(mostWithin(grants, 60 * SECOND)).isLessThanOrEqualTo(150);
        assertThat(budget.snapshot().inFlight()).isZero();
    }

    @Test
    void workersSyncingFromServerHeadersAreNeverRefused() throws Exception {
        TestClock time = TestClock.autoAdvancing();
        RateBudget budget = new RateBudget(RateBudgetConfig.defaults().withEpochAlignedPrior(false), time);
        SimulatedHoodWindows server = new SimulatedHoodWindows(RateBudgetConfig.HOOD_CLASS_C, time.nanoTime(),
                List.of(Duration.ofMillis(730), Duration.ofSeconds(52)), SimulatedHoodWindows.Rounding.CEIL);

        assertThat(refusalsDraining(budget, server)).isZero();
        assertThat(server.accepted()).isEqualTo(WORKERS * REQUESTS_PER_WORKER);
    }

    @Test
    void workersAssumingEpochAlignedWindowsAreNeverRefusedBySuchAServer() throws Exception {
        TestClock time = TestClock.autoAdvancing();
        RateBudget budget = new RateBudget(RateBudgetConfig.defaults(), time);
        SimulatedHoodWindows server = SimulatedHoodWindows.onWallClock(RateBudgetConfig.HOOD_CLASS_C, time,
                List.of(Duration.ZERO, Duration.ZERO), SimulatedHoodWindows.Rounding.CEIL);

        assertThat(refusalsDraining(budget, server)).isZero();
        assertThat(server.accepted()).isEqualTo(WORKERS * REQUESTS_PER_WORKER);
        // Whether the budget still assumes aligned windows at the end is not asserted here: on this clock a
        // worker waiting for room moves time at once, so another worker's answer can be read seconds after the
        // server gave it, as a slow response would be, and then dropping the assumption is the safe answer
        // (in 2 of 8 runs it did). Keeping it while answers agree is EpochPriorTest's, with one request at a time.
    }
}
