package dev.hoodadmin.outbox;

import java.time.Instant;

/** Sleeps in virtual time: a sleep until a moment moves the manual clock there at once. */
final class VirtualSleeper implements Sleeper {
    private final ManualClock clock;
    private boolean wakeUpPending;

    VirtualSleeper(ManualClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void sleepUntil(Instant deadline) throws InterruptedException {
        if (!wakeUpPending && deadline != null) {
            clock.advanceTo(deadline);
            return;
        }
        while (!wakeUpPending) wait();
        wakeUpPending = false;
    }

    @Override
    public synchronized void wakeUp() {
        wakeUpPending = true;
        notifyAll();
    }
}
