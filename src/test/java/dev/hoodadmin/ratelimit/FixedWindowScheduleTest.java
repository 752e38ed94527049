package dev.hoodadmin.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hoodadmin.ratelimit.FixedWindowSchedule.WindowPhase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedWindowScheduleTest {

    private static final FixedWindow PER_SECOND = FixedWindow.of(10, Duration.ofSeconds(1));
    private static final FixedWindow PER_MINUTE = FixedWindow.of(150, Duration.ofMinutes(1));

    private static Duration minimum(int requests, long secondOffsetMillis, long minuteOffsetMillis) {
        return FixedWindowSchedule.minimumDuration(requests, List.of(
                new WindowPhase(PER_SECOND, Duration.ofMillis(secondOffsetMillis)),
                new WindowPhase(PER_MINUTE, Duration.ofMillis(minuteOffsetMillis))));
    }

    @Test
    void requestsThatFitTheCurrentWindowsTakeNoTime() {
        assertThat(minimum(10, 500, 0)).isZero();
        assertThat(minimum(0, 500, 0)).isZero();
    }

    @Test
    void lateInTheSecondTheNextBurstComesSoon() {
        // 10 now, 10 at the boundary 0.1 s later, the last 5 one second after that.
        assertThat(minimum(25, 900, 0)).isEqualTo(Duration.ofMillis(1100));
    }

    @Test
    void aFullMinuteOfBudgetTakesFourteenSecondsThenWaitsForTheMinute() {
        assertThat(minimum(150, 0, 0)).isEqualTo(Duration.ofSeconds(14));
        assertThat(minimum(151, 0, 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(minimum(300, 0, 0)).isEqualTo(Duration.ofSeconds(74));
    }

    @Test
    void aMinuteBoundarySoonAfterTheStartShortensTheRun() {
        // Minute window ends at 15 s: 150 in 0..14 s, 150 more in 15..29 s.
        assertThat(minimum(300, 0, 45_000)).isEqualTo(Duration.ofSeconds(29));
        // Minute window ends at 10 s: 100 in 0..9 s, 150 in 10..24 s, the last 50 from 70 s on.
        assertThat(minimum(300, 0, 50_000)).isEqualTo(Duration.ofSeconds(74));
    }

    @Test
    void bothBoundariesHalfASecondAway() {
        // 10 at 0 s, then 15 bursts of 10 at 0.5 s, 1.5 s, ... 14.5 s.
        assertThat(minimum(160, 500, 59_500)).isEqualTo(Duration.ofMillis(14_500));
    }

    @Test
    void offsetMustLieInsideTheWindow() {
        assertThatThrownBy(() -> new WindowPhase(PER_SECOND, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowPhase(PER_SECOND, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
