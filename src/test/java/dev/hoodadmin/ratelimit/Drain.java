package dev.hoodadmin.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hoodadmin.testing.TestClock;

import java.time.Duration;

/**
 * One worker drains N requests through a budget against simulated server windows (1 ms latency each
 * way), as the benchmark does, on an auto-advancing fake clock. A refused request is sent again, never
 * dropped; the run checks that the server accepted every one.
 */
final class Drain {

    static final Duration ONE_WAY = Duration.ofMillis(1);

    /**
     * @param wall       from the first grant to the last response
     * @param minimum    {@link FixedWindowSchedule#minimumDuration} for the server's phase at the start
     * @param priorHeld  whether the budget still assumed epoch-aligned windows at the end
     */
    record Run(Duration wall, Duration minimum, int refused, boolean priorHeld) {
        double ratio() {
            return (double) wall.toNanos() / minimum.toNanos();
        }

        /** Within 5 % of the minimum, plus {@code allowance}. */
        boolean isNearMinimum(Duration allowance) {
            return wall.compareTo(Duration.ofNanos((long) (minimum.toNanos() * 1.05)).plus(allowance)) <= 0;
        }
    }

    private Drain() {
    }

    /** @param othersEveryNth every n-th request, someone else spends 3 requests just before ours arrives; 0 = never */
    static Run run(RateBudgetConfig config, TestClock time, SimulatedHoodWindows server, int requests,
                   int othersEveryNth) throws InterruptedException {
        RateBudget budget = new RateBudget(config, time);
        long start = time.nanoTime();
        Duration minimum = FixedWindowSchedule.minimumDuration(requests, server.phasesAt(start));
        for (int i = 1; i <= requests; i++) {
            boolean othersFirst = othersEveryNth > 0 && i % othersEveryNth == 0;
            boolean accepted = false;
            while (!accepted) {
                BudgetPermit permit = budget.acquire();
                time.advance(ONE_WAY);
                if (othersFirst) {
                    server.spendByOthers(time.nanoTime(), 3);
                    othersFirst = false;
                }
                RateLimitHeaders answer = server.arrive(time.nanoTime());
                time.advance(ONE_WAY);
                permit.completed(answer);
                accepted = !answer.isTooManyRequests();
            }
        }
        assertThat(server.accepted()).as("requests the server accepted").isEqualTo(requests);
        return new Run(Duration.ofNanos(time.nanoTime() - start), minimum, server.refused(),
                budget.assumesEpochAlignedWindows());
    }
}
