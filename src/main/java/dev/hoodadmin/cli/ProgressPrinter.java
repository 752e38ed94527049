package dev.hoodadmin.cli;

import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.OutboxEvent;
import dev.hoodadmin.outbox.OutboxListener;
import dev.hoodadmin.outbox.QueueWait;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Progress of a drain on stderr, saying what happened: {@code applied 40/300, 2 failed; estimated time left:
 * 1 min 52 s}, at most once per interval and once at the end, and a line for each wait of half a second or more
 * ({@code waiting 40 s: the server asked (Retry-After)}). The estimate is the slower of the rate budget's
 * schedule and the pace measured so far (request latency, backoff and Retry-After waits included), plus any wait
 * still ahead. Listens to the outbox, so it runs on the worker thread.
 */
final class ProgressPrinter implements OutboxListener {
    private static final Duration SHOWN_WAIT = Duration.ofMillis(500);

    private final PrintWriter err;
    private final Set<Long> tracked;
    private final IntFunction<Optional<Duration>> estimate;
    private final Clock clock;
    private final Duration interval;
    private final Map<Long, EditState> finished = new HashMap<>();
    private Instant startedAt;
    private Instant waitUntil;
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
        startedAt = clock.instant();
        String eta = eta(tracked.size(), startedAt).map(t -> "; estimated time: " + t).orElse("");
        err.println("Sending " + tracked.size() + " edit(s)" + eta + ".");
        err.flush();
        lastPrinted = startedAt;
    }

    @Override
    public synchronized void onEvent(OutboxEvent event) {
        if (!(event instanceof OutboxEvent.EditUpdated updated) || !tracked.contains(updated.edit().id())) return;
        Edit edit = updated.edit();
        Instant now = clock.instant();
        QueueWait wait = QueueWait.ofEdit(edit, now);
        if (wait.isWaiting() && wait.left(now).compareTo(SHOWN_WAIT) >= 0) {
            waitUntil = wait.until();
            err.println("waiting " + format(wait.left(now)) + ": " + reason(wait, edit));
            err.flush();
        }
        if (updated.stateChanged() && !edit.state().isActive()) {
            finished.put(edit.id(), edit.state());
            if (finished.size() == tracked.size() || !now.isBefore(lastPrinted.plus(interval))) print(now);
        }
    }

    private static String reason(QueueWait wait, Edit edit) {
        if (wait.reason() == QueueWait.Reason.SERVER_ASKED) return "the server asked (Retry-After)";
        return edit.lastError().summary() + "; then sending again (attempt " + (edit.attempts() + 1) + ")";
    }

    /** The last line, unless it was just printed. */
    synchronized void finished() {
        if (finished.size() != lastPrintedCount) print(clock.instant());
    }

    private void print(Instant now) {
        Map<EditState, Integer> byState = new EnumMap<>(EditState.class);
        finished.values().forEach(state -> byState.merge(state, 1, Integer::sum));
        StringBuilder line = new StringBuilder("applied ").append(byState.getOrDefault(EditState.APPLIED, 0))
                .append('/').append(tracked.size());
        if (byState.containsKey(EditState.REJECTED)) line.append(", ").append(byState.get(EditState.REJECTED)).append(" rejected");
        if (byState.containsKey(EditState.FAILED)) line.append(", ").append(byState.get(EditState.FAILED)).append(" failed");
        int left = tracked.size() - finished.size();
        if (left > 0) eta(left, now).ifPresent(t -> line.append("; estimated time left: ").append(t));
        err.println(line);
        err.flush();
        lastPrinted = now;
        lastPrintedCount = finished.size();
    }

    /** The slower of the budget's schedule and the measured pace, plus a wait still ahead. */
    private Optional<String> eta(int left, Instant now) {
        Optional<Duration> scheduled = estimate.apply(left);
        Duration measured = finished.isEmpty() || startedAt == null ? Duration.ZERO
                : Duration.between(startedAt, now).dividedBy(finished.size()).multipliedBy(left);
        Duration waiting = waitUntil != null && waitUntil.isAfter(now) ? Duration.between(now, waitUntil) : Duration.ZERO;
        if (scheduled.isEmpty() && finished.isEmpty() && waiting.isZero()) return Optional.empty();
        Duration slower = scheduled.filter(s -> s.compareTo(measured) > 0).orElse(measured);
        return Optional.of(format(slower.plus(waiting)));
    }

    /** e.g. {@code 2 min 5 s}, {@code 4 s}, {@code under 1 s}. */
    static String format(Duration duration) {
        long seconds = (duration.toMillis() + 999) / 1000;
        if (seconds < 1) return "under 1 s";
        if (seconds < 60) return seconds + " s";
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
