package dev.hoodadmin.cli;

import dev.hoodadmin.outbox.OutboxEvent;
import dev.hoodadmin.outbox.OutboxListener;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Progress of a drain on stderr: {@code sent 40/300; estimated time left: 1 min 52 s}, at most once per interval
 * and once at the end. The estimate comes from the rate budget (the budget, not the network, sets the pace).
 * Listens to the outbox, so it runs on the worker thread.
 */
final class ProgressPrinter implements OutboxListener {
    private final PrintWriter err;
    private final Set<Long> tracked;
    private final IntFunction<Optional<Duration>> estimate;
    private final Clock clock;
    private final Duration interval;
    private final Set<Long> finished = new HashSet<>();
    private Instant lastPrinted;
    private int lastPrintedCount = -1;

    ProgressPrinter(PrintWriter err, Set<Long> tracked, IntFunction<Optional<Duration>> estimate, Clock clock,
                    Duration interval) {
        this.err = err;
        this.tracked = Set.copyOf(tracked);
        this.estimate = estimate;
        this.clock = clock;
        this.interval = interval;
    }

    synchronized void started() {
        String eta = eta(tracked.size()).map(t -> "; estimated time: " + t).orElse("");
        err.println("Sending " + tracked.size() + " edit(s)" + eta + ".");
        err.flush();
        lastPrinted = clock.instant();
    }

    @Override
    public synchronized void onEvent(OutboxEvent event) {
        if (event instanceof OutboxEvent.EditUpdated updated && updated.stateChanged()
                && !updated.edit().state().isActive() && tracked.contains(updated.edit().id())) {
            finished.add(updated.edit().id());
            Instant now = clock.instant();
            if (finished.size() == tracked.size() || !now.isBefore(lastPrinted.plus(interval))) print(now);
        }
    }

    /** The last line, unless it was just printed. */
    synchronized void finished() {
        if (finished.size() != lastPrintedCount) print(clock.instant());
    }

    private void print(Instant now) {
        int left = tracked.size() - finished.size();
        String eta = left == 0 ? "" : eta(left).map(t -> "; estimated time left: " + t).orElse("");
        err.println("sent " + finished.size() + "/" + tracked.size() + eta);
        err.flush();
        lastPrinted = now;
        lastPrintedCount = finished.size();
    }

    private Optional<String> eta(int requests) {
        return estimate.apply(requests).map(ProgressPrinter::format);
    }

    /** e.g. {@code 2 min 5 s}, {@code 4 s}, {@code under 1 s}. */
    static String format(Duration duration) {
        long seconds = (duration.toMillis() + 999) / 1000;
        if (seconds < 1) return "under 1 s";
        if (seconds < 60) return seconds + " s";
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
