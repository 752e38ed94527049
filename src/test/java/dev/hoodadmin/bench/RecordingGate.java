package dev.hoodadmin.bench;

import dev.hoodadmin.ratelimit.RequestGate;

import java.util.ArrayList;
import java.util.List;

/** Passes every request to another gate and notes when each one was let through (both clocks). */
final class RecordingGate implements RequestGate {
    /** One grant: monotonic nanos for spans, epoch millis to place it in the server's windows. */
    record Grant(long nanos, long epochMillis) {
    }

    private final RequestGate delegate;
    private final List<Grant> grants = new ArrayList<>();

    RecordingGate(RequestGate delegate) {
        this.delegate = delegate;
    }

    @Override
    public Permit acquire() throws InterruptedException {
        Permit permit = delegate.acquire();
        synchronized (grants) {
            grants.add(new Grant(System.nanoTime(), System.currentTimeMillis()));
        }
        return permit;
    }

    List<Grant> grants() {
        synchronized (grants) {
            return List.copyOf(grants);
        }
    }
}
