package dev.hoodadmin.engine;

import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.api.ResponseLimits;
import dev.hoodadmin.ratelimit.RetryAfter;
import dev.hoodadmin.outbox.RetryPolicy;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * How an account is opened. {@link #standard()} is what the window and the command line use; tests change
 * one part at a time (a gate without limits, fast retries, a worker API they can hold).
 *
 * @param clock        drives the outbox, its retries and the kept copy's stamps
 * @param gates        makes the account's request gate (Hood's rate budget unless a test says otherwise)
 * @param retryPolicy  backoff of edits after a fault
 * @param workerApi    wraps the API the outbox worker sends through (identity outside tests)
 * @param pageSize     the most rows asked per list page (the server's own maximum, once learned, may be lower)
 * @param keepCopy     whether the properties read are kept in the data file (false for the demo, whose data
 *                     lives only as long as its simulator)
 * @param limits       the deadline and size caps of every answer
 * @param retryAfterCap the longest wait a 429's Retry-After may impose on reads and sends
 */
public record WorkspaceOptions(Clock clock, GateFactory gates, RetryPolicy retryPolicy,
                               UnaryOperator<PropertyApi> workerApi, int pageSize, boolean keepCopy,
                               ResponseLimits limits, Duration retryAfterCap) {

    public WorkspaceOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(gates, "gates");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(workerApi, "workerApi");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(retryAfterCap, "retryAfterCap");
    }

    public static WorkspaceOptions standard() {
        return new WorkspaceOptions(Clock.systemUTC(), GateFactory.hoodLimits(), RetryPolicy.standard(new Random()),
                UnaryOperator.identity(), PropertyPager.LARGEST_ASK, true, ResponseLimits.STANDARD, RetryAfter.MAX_WAIT);
    }

    public WorkspaceOptions withClock(Clock replacement) {
        return new WorkspaceOptions(replacement, gates, retryPolicy, workerApi, pageSize, keepCopy, limits, retryAfterCap);
    }

    public WorkspaceOptions withGates(GateFactory replacement) {
        return new WorkspaceOptions(clock, replacement, retryPolicy, workerApi, pageSize, keepCopy, limits, retryAfterCap);
    }

    public WorkspaceOptions withRetryPolicy(RetryPolicy replacement) {
        return new WorkspaceOptions(clock, gates, replacement, workerApi, pageSize, keepCopy, limits, retryAfterCap);
    }

    public WorkspaceOptions withWorkerApi(UnaryOperator<PropertyApi> replacement) {
        return new WorkspaceOptions(clock, gates, retryPolicy, replacement, pageSize, keepCopy, limits, retryAfterCap);
    }

    public WorkspaceOptions withPageSize(int replacement) {
        return new WorkspaceOptions(clock, gates, retryPolicy, workerApi, replacement, keepCopy, limits, retryAfterCap);
    }

    /** Shorter deadlines and Retry-After waits (tests of hostile servers end in seconds). */
    public WorkspaceOptions withLimits(ResponseLimits replacement, Duration replacementCap) {
        return new WorkspaceOptions(clock, gates, retryPolicy, workerApi, pageSize, keepCopy, replacement, replacementCap);
    }

    public WorkspaceOptions withoutCopy() {
        return new WorkspaceOptions(clock, gates, retryPolicy, workerApi, pageSize, false, limits, retryAfterCap);
    }
}
