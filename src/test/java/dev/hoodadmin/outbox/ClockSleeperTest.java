package dev.hoodadmin.outbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The real sleeper, driven by a manual clock: nothing here waits for real time to pass. */
@Timeout(5)
class ClockSleeperTest {
    final ManualClock clock = new ManualClock();
    final ClockSleeper sleeper = new ClockSleeper(clock);

    @Test
    void aDeadlineAlreadyReachedReturnsAtOnce() throws Exception {
        sleeper.sleepUntil(clock.instant());
        sleeper.sleepUntil(clock.instant().minusSeconds(1));
    }

    @Test
    void aWakeUpBeforeTheSleepIsNotLost() throws Exception {
        sleeper.wakeUp();

        sleeper.sleepUntil(null); // would block forever without the pending wake-up
    }

    @Test
    void aWakeUpEndsASleepWithoutDeadline() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Thread sleeping = new Thread(() -> {
            try {
                sleeper.sleepUntil(clock.instant().plusSeconds(3600));
                done.countDown();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        sleeping.start();

        sleeper.wakeUp();

        done.await();
        assertThat(done.getCount()).isZero();
    }
}
