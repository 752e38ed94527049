package dev.hoodadmin.ui.edits;

import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.outbox.OutboxEvent;
import dev.hoodadmin.outbox.OutboxListener;
import dev.hoodadmin.ui.common.BackgroundTasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Carries the outbox's events (heard on the worker's thread) to {@link EditsState} on the JavaFX thread.
 * Events that arrive while a hand-over is waiting join it, so a bulk edit of thousands of rows costs the
 * JavaFX thread a few batches rather than thousands of tasks. The outbox's current content is read once,
 * in the background, when the bridge starts.
 */
public final class OutboxBridge implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OutboxBridge.class.getName());

    private final Outbox outbox;
    private final EditsState state;
    private final BackgroundTasks tasks;
    private final Executor fx;
    private final OutboxListener listener = this::onEvent;
    private final Object lock = new Object();
    private List<OutboxEvent> waiting = new ArrayList<>(); // guarded by lock

    /** @param tasks reads the outbox in the background; its UI executor also carries the events over */
    public OutboxBridge(Outbox outbox, EditsState state, BackgroundTasks tasks) {
        this.outbox = outbox;
        this.state = state;
        this.tasks = tasks;
        this.fx = tasks.ui();
    }

    /** Starts listening, then reads what the outbox already holds. */
    public void start() {
        outbox.addListener(listener);
        tasks.call(outbox::list)
                .onSuccess(state::applySnapshot)
                .onFailure(e -> LOG.log(System.Logger.Level.ERROR,
                        "Could not read the outbox; edits from earlier are not shown", e))
                .start();
    }

    @Override
    public void close() {
        outbox.removeListener(listener);
    }

    private void onEvent(OutboxEvent event) {
        boolean first;
        synchronized (lock) {
            first = waiting.isEmpty();
            waiting.add(event);
        }
        if (first) fx.execute(this::handOver);
    }

    private void handOver() {
        List<OutboxEvent> batch;
        synchronized (lock) {
            batch = waiting;
            waiting = new ArrayList<>();
        }
        if (!batch.isEmpty()) state.apply(batch);
    }
}
