package dev.hoodadmin.sim;

import java.time.Duration;
import java.util.Random;

/**
 * Faults to inject while the simulator runs; switch them on and off at any time. The dice are
 * seeded, so a test that sets the same rates against the same request sequence sees the same faults.
 * Injected 500s happen before anything is changed; a lost response happens after a PATCH or a POST
 * was applied (the client sees the connection drop and must find out whether its change landed). The
 * "patch" rates and counts apply to both writes, PATCH and POST.
 */
public final class SimulatorFaults {
    private final Random dice;
    private int failNextRequests;
    private int failNextPatches;
    private int refuseNextPatches;
    private double patchFailureRate;
    private int loseNextPatchResponses;
    private double patchLossRate;
    private Duration latency = Duration.ZERO;
    private int holdNextPatchResponses;
    private int held;
    private long releases;

    SimulatorFaults(long seed) {
        this.dice = new Random(seed);
    }

    /** The next {@code count} accepted requests (any method) answer 500 without doing anything. */
    public synchronized SimulatorFaults failNextRequests(int count) {
        failNextRequests = requireNonNegative(count);
        return this;
    }

    /** The next {@code count} PATCHes answer 500 without doing anything; reads are answered as usual. */
    public synchronized SimulatorFaults failNextPatches(int count) {
        failNextPatches = requireNonNegative(count);
        return this;
    }

    /** The next {@code count} PATCHes or POSTs answer 401, unapplied, as if the token had just been revoked. */
    public synchronized SimulatorFaults refuseTokenOnNextPatches(int count) {
        refuseNextPatches = requireNonNegative(count);
        return this;
    }

    /** Each PATCH or POST answers 500, unapplied, with this probability (0..1). */
    public synchronized SimulatorFaults setPatchFailureRate(double probability) {
        patchFailureRate = requireProbability(probability);
        return this;
    }

    /** The next {@code count} successful PATCHes or POSTs are applied, then their connection is dropped unanswered. */
    public synchronized SimulatorFaults loseNextPatchResponses(int count) {
        loseNextPatchResponses = requireNonNegative(count);
        return this;
    }

    /**
     * The next {@code count} successful PATCHes are applied, then their answer is held back (the client waits)
     * until {@link #releaseHeldResponses()} or {@link #clear()}, at most {@value #MAX_HOLD_SECONDS} s: a client
     * killed meanwhile has had its change applied without hearing so.
     */
    public synchronized SimulatorFaults holdNextPatchResponses(int count) {
        holdNextPatchResponses = requireNonNegative(count);
        return this;
    }

    /** How many applied PATCHes are waiting for their answer to be released. */
    public synchronized int heldResponses() {
        return held;
    }

    public synchronized void releaseHeldResponses() {
        releases++;
        notifyAll();
    }

    /** Each successful PATCH or POST is applied and then loses its response with this probability (0..1). */
    public synchronized SimulatorFaults setPatchLossRate(double probability) {
        patchLossRate = requireProbability(probability);
        return this;
    }

    /** Added to every accepted request before it is handled (the request holds its in-flight slot meanwhile). */
    public synchronized SimulatorFaults setLatency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        latency = delay;
        return this;
    }

    /** Switches every fault off. */
    public synchronized void clear() {
        failNextRequests = 0;
        failNextPatches = 0;
        refuseNextPatches = 0;
        patchFailureRate = 0;
        loseNextPatchResponses = 0;
        patchLossRate = 0;
        latency = Duration.ZERO;
        holdNextPatchResponses = 0;
        releaseHeldResponses();
    }

    synchronized Duration latency() {
        return latency;
    }

    synchronized boolean shouldRefuseToken(String method) {
        if (!isWrite(method) || refuseNextPatches == 0) return false;
        refuseNextPatches--;
        return true;
    }

    synchronized boolean shouldFail(String method) {
        if (failNextRequests > 0) {
            failNextRequests--;
            return true;
        }
        if ("PATCH".equals(method) && failNextPatches > 0) {
            failNextPatches--;
            return true;
        }
        return isWrite(method) && roll(patchFailureRate);
    }

    static final int MAX_HOLD_SECONDS = 60;

    /** Holds an applied PATCH's answer while {@link #holdNextPatchResponses} asks so. */
    synchronized void holdIfAsked() {
        if (holdNextPatchResponses == 0) return;
        holdNextPatchResponses--;
        held++;
        long seen = releases;
        long deadline = System.nanoTime() + Duration.ofSeconds(MAX_HOLD_SECONDS).toNanos();
        try {
            while (seen == releases && System.nanoTime() < deadline) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held--;
        }
    }

    synchronized boolean shouldLosePatchResponse() {
        if (loseNextPatchResponses > 0) {
            loseNextPatchResponses--;
            return true;
        }
        return roll(patchLossRate);
    }

    static boolean isWrite(String method) {
        return "PATCH".equals(method) || "POST".equals(method);
    }

    private boolean roll(double probability) {
        return probability > 0 && dice.nextDouble() < probability;
    }

    private static int requireNonNegative(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        return count;
    }

    private static double requireProbability(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1");
        }
        return probability;
    }
}
