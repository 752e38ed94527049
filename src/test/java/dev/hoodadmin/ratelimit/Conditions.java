package dev.hoodadmin.ratelimit;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting for another thread to reach a state, without guessing a sleep. */
final class Conditions {

    private Conditions() {
    }

    static void waitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.onSpinWait();
        }
    }
}
