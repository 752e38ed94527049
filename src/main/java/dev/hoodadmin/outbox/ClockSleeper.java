package dev.hoodadmin.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** The real {@link Sleeper}: waits on a condition, re-reading the clock after every wake-up. */
public final class ClockSleeper implements Sleeper {
    // re-read the clock at least this often, so a wall-clock jump (suspend, NTP) cannot stretch a wait
    private static final long MAX_SLICE_MILLIS = 5_000;

    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private boolean wakeUpPending;

    public ClockSleeper(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void sleepUntil(Instant deadline) throws InterruptedException {
        lock.lock();
        try {
            while (!wakeUpPending) {
                if (deadline == null) {
                    woken.await();
                    continue;
                }
                long millis = Duration.between(clock.instant(), deadline).toMillis();
                if (millis <= 0) return;
                woken.await(Math.min(millis, MAX_SLICE_MILLIS), TimeUnit.MILLISECONDS);
            }
            wakeUpPending = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void wakeUp() {
        lock.lock();
        try {
            wakeUpPending = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
