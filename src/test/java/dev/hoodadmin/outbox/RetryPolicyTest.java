package dev.hoodadmin.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    /** A Random that always answers the same fraction. */
    private static Random fixed(double fraction) {
        return new Random() {
            @Override
            public double nextDouble() {
                return fraction;
            }
        };
    }

    @Test
    void delaysDoubleFromOneSecondUpToSixtySeconds() {
        RetryPolicy policy = RetryPolicy.standard(fixed(0.0));

        assertThat(IntStream.rangeClosed(1, 9).mapToObj(policy::delayAfter).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(policy.delayAfter(1_000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void jitterShortensEachDelayByUpToAQuarterAndNeverPassesTheCap() {
        RetryPolicy policy = RetryPolicy.standard(fixed(0.999));

        assertThat(policy.delayAfter(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(760));
        assertThat(policy.delayAfter(10)).isBetween(Duration.ofSeconds(45), Duration.ofSeconds(46));
        RetryPolicy random = RetryPolicy.standard(new Random(42));
        var delays = IntStream.range(0, 200).mapToObj(i -> random.delayAfter(3)).toList();
        assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(4)));
        assertThat(delays.stream().distinct().count()).as("spread, not in step").isGreaterThan(50);
    }

    @Test
    void givesUpAfterEightFaults() {
        RetryPolicy policy = RetryPolicy.standard(new Random(1));

        assertThat(policy.isExhausted(7)).isFalse();
        assertThat(policy.isExhausted(8)).isTrue();
    }

    @Test
    void refusesSettingsThatMakeNoSense() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 3, 0, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3, 0, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, 0, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
