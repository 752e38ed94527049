package dev.hoodadmin.engine;

import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.outbox.RetryPolicy;

import java.time.Clock;
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
 */
public record WorkspaceOptions(Clock clock, GateFactory gates, RetryPolicy retryPolicy,
                               UnaryOperator<PropertyApi> workerApi, int pageSize, boolean keepCopy) {

    public WorkspaceOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(gates, "gates");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(workerApi, "workerApi");
    }

    public static WorkspaceOptions standard() {
        return new WorkspaceOptions(Clock.systemUTC(), GateFactory.hoodLimits(), RetryPolicy.standard(new Random()),
                UnaryOperator.identity(), PropertyPager.LARGEST_ASK, true);
    }

    public WorkspaceOptions withClock(Clock replacement) {
        return new WorkspaceOptions(replacement, gates, retryPolicy, workerApi, pageSize, keepCopy);
    }

    public WorkspaceOptions withGates(GateFactory replacement) {
        return new WorkspaceOptions(clock, replacement, retryPolicy, workerApi, pageSize, keepCopy);
    }

    public WorkspaceOptions withRetryPolicy(RetryPolicy replacement) {
        return new WorkspaceOptions(clock, gates, replacement, workerApi, pageSize, keepCopy);
    }

    public WorkspaceOptions withWorkerApi(UnaryOperator<PropertyApi> replacement) {
        return new WorkspaceOptions(clock, gates, retryPolicy, replacement, pageSize, keepCopy);
    }

    public WorkspaceOptions withPageSize(int replacement) {
        return new WorkspaceOptions(clock, gates, retryPolicy, workerApi, replacement, keepCopy);
    }

    public WorkspaceOptions withoutCopy() {
        return new WorkspaceOptions(clock, gates, retryPolicy, workerApi, pageSize, false);
    }
}
