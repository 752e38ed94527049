package dev.hoodadmin.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hoodadmin.ratelimit.SimulatedHoodWindows.Rounding;
import dev.hoodadmin.testing.TestClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * One worker drains N requests against simulated server windows, as the benchmark does, on a fake clock.
 * Compares the wall time with the theoretical minimum for the server's phase, which the budget does not
 * know and must learn from the headers: the epoch prior is off here (see {@link EpochPriorDrainTest}).
 */
class RateBudgetDrainTest {

    private static final List<FixedWindow> WINDOWS = RateBudgetConfig.HOOD_CLASS_C;
    private static final RateBudgetConfig PHASE_UNKNOWN = RateBudgetConfig.defaults().withEpochAlignedPrior(false);

    private static Drain.Run drain(int requests, Duration secondOffset, Duration minuteOffset, Rounding rounding,
                                   int othersEveryNth) throws InterruptedException {
        TestClock time = TestClock.autoAdvancing();
        SimulatedHoodWindows server = new SimulatedHoodWindows(WINDOWS, time.nanoTime(),
                List.of(secondOffset, minuteOffset), rounding);
        return Drain.run(PHASE_UNKNOWN, time, server, requests, othersEveryNth);
    }

    static Stream<Arguments> phases() {
        long[][] offsetsMillis = {{0, 0}, {900, 0}, {500, 30_000}, {0, 45_000}, {300, 45_300}, {730, 52_730},
                {250, 10_000}, {990, 59_990}, {100, 14_100}};
        List<Arguments> cases = new ArrayList<>();
        for (Rounding rounding : Rounding.values()) {
            for (long[] offsets : offsetsMillis) {
                cases.add(Arguments.of(Duration.ofMillis(offsets[0]), Duration.ofMillis(offsets[1]), rounding));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "second offset {0}, minute offset {1}, reset rounded {2}")
    @MethodSource("phases")
    void aloneOnTheAccountNothingIsRefusedAndLongRunsStayNearTheMinimum(Duration secondOffset, Duration minuteOffset,
                                                                       Rounding rounding) throws InterruptedException {
        for (int requests : new int[] {25, 150, 300, 1000}) {
            Drain.Run run = drain(requests, secondOffset, minuteOffset, rounding, 0);

            assertThat(run.refused()).as("429s for %d requests", requests).isZero();
            // The one-second phase cannot be known before a boundary is seen: at most one second lost once.
            assertThat(run.wall()).as("wall time for %d requests", requests)
                    .isLessThanOrEqualTo(Duration.ofNanos((long) (run.minimum().toNanos() * 1.05)).plusSeconds(1));
            if (requests >= 300) {
                assertThat(run.ratio()).as("wall time / minimum for %d requests", requests).isLessThanOrEqualTo(1.05);
            }
        }
    }

    @Test
    void othersSpendingTheBudgetCostAtMostOneResendEachAndNothingIsLost() throws InterruptedException {
        int requests = 400;
        int othersEveryNth = 9;
        Drain.Run run = drain(requests, Duration.ofMillis(400), Duration.ofSeconds(20), Rounding.CEIL, othersEveryNth);

        // Others' requests land just ahead of ours, after we decided to send: some refusals are unavoidable,
        // but each interference costs at most one resend, and drain() checked every request got through.
        assertThat(run.refused()).isPositive().isLessThanOrEqualTo(requests / othersEveryNth);
    }
}
