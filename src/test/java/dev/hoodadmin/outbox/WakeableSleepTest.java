package dev.hoodadmin.outbox;

import dev.hoodadmin.testing.TestClock;
import dev.hoodadmin.time.ClockSleeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker's sleep, in virtual time: nothing here waits for real time to pass. */
@Timeout(5)
class WakeableSleepTest {
    final TestClock clock = TestClock.autoAdvancing();
    final WakeableSleep sleep = new WakeableSleep(clock, clock);

    @Test
    void aDeadlineAlreadyReachedReturnsAtOnce() throws Exception {
        sleep.sleepUntil(clock.instant());
        sleep.sleepUntil(clock.instant().minusSeconds(1));

        assertThat(clock.instant()).isEqualTo(TestClock.START);
    }

    @Test
    void aSleepUntilADeadlineEndsExactlyThere() throws Exception {
        sleep.sleepUntil(TestClock.START.plusSeconds(12).plusMillis(3));

        assertThat(clock.instant()).isEqualTo(TestClock.START.plusSeconds(12).plusMillis(3));
    }

    @Test
    void aWakeUpBeforeTheSleepIsNotLost() throws Exception {
        sleep.wakeUp();

        sleep.sleepUntil(null); // would block forever without the pending wake-up
    }

    @Test
    void aWakeUpEndsASleepWithoutDeadline() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Thread sleeping = new Thread(() -> {
            try {
                sleep.sleepUntil(null);
                done.countDown();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        sleeping.start();

        sleep.wakeUp();

        done.await();
        assertThat(done.getCount()).isZero();
    }

    @Test
    void aWakeUpEndsARealSleepLongBeforeItsDeadline() throws Exception {
        WakeableSleep real = new WakeableSleep(clock, new ClockSleeper(clock));
        CountDownLatch done = new CountDownLatch(1);
        Thread sleeping = new Thread(() -> {
            try {
                real.sleepUntil(clock.instant().plusSeconds(3600));
                done.countDown();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        sleeping.start();

        real.wakeUp();

        done.await();
        assertThat(done.getCount()).isZero();
    }
}
