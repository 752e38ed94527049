package dev.hoodadmin.ui.edits;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditBatch;
import dev.hoodadmin.outbox.EditRefusedException;
import dev.hoodadmin.outbox.EditResult;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.ui.common.BackgroundTasks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The outbox's commands for the views. The outbox writes to disk, so each call runs in the background
 * (one at a time, in the order given) and its outcome comes back on the UI executor: the result, or a
 * message for the person when the outbox refused or could not do it. The returned future completes after
 * the outcome was handed over, for callers (and tests) that wait.
 */
public final class EditCommands {
    private static final System.Logger LOG = System.getLogger(EditCommands.class.getName());

    private final Outbox outbox;
    private final BackgroundTasks serial;

    public EditCommands(Outbox outbox, BackgroundTasks tasks) {
        this.outbox = outbox;
        this.serial = tasks.wrapWork(SerialExecutor::new);
    }

    /** Outcome handlers, called on the UI executor. */
    public record Outcome<T>(Consumer<T> done, Consumer<String> refused) {
    }

    /** @param batch the person's action this belongs to (one undo step) */
    public CompletableFuture<Void> enqueue(ProfileProperty current, Map<UpdatableField, String> values, EditBatch batch,
                                           Outcome<EditResult> outcome) {
        return run(() -> outbox.enqueue(current, values, batch), outcome);
    }

    public CompletableFuture<Void> keepMine(long editId, Outcome<Edit> outcome) {
        return run(() -> outbox.keepMine(editId), outcome);
    }

    public CompletableFuture<Void> takeTheirs(long editId, Outcome<Edit> outcome) {
        return run(() -> outbox.takeTheirs(editId), outcome);
    }

    /** Runs other work on the same serial line as the outbox commands (so it sees their effects). */
    public <T> CompletableFuture<Void> call(OutboxCall<T> call, Outcome<T> outcome) {
        return run(call, outcome);
    }

    public CompletableFuture<Void> replaceValues(long editId, Map<UpdatableField, String> values,
                                                 Outcome<EditResult> outcome) {
        return run(() -> outbox.replaceValues(editId, values), outcome);
    }

    public CompletableFuture<Void> retry(long editId, Outcome<Edit> outcome) {
        return run(() -> outbox.retry(editId), outcome);
    }

    /** Every failed edit back in line (a field a newer edit sets is not sent again). */
    public CompletableFuture<Void> retryAllFailed(Outcome<List<Edit>> outcome) {
        return run(outbox::retryAllFailed, outcome);
    }

    public CompletableFuture<Void> discard(long editId, Outcome<Edit> outcome) {
        return run(() -> outbox.discard(editId), outcome);
    }

    public CompletableFuture<Void> clearApplied(Outcome<Integer> outcome) {
        return run(outbox::clearApplied, outcome);
    }

    @FunctionalInterface
    public interface OutboxCall<T> {
        T call() throws EditRefusedException;
    }

    private <T> CompletableFuture<Void> run(OutboxCall<T> call, Outcome<T> outcome) {
        CompletableFuture<Void> handedOver = new CompletableFuture<>();
        serial.call(call::call)
                .onSuccess(result -> handOver(() -> outcome.done().accept(result), handedOver))
                .onFailure(e -> handOver(() -> outcome.refused().accept(refusal(e)), handedOver))
                .start();
        return handedOver;
    }

    private static void handOver(Runnable report, CompletableFuture<Void> handedOver) {
        try {
            report.run();
        } finally {
            handedOver.complete(null);
        }
    }

    /** The line the person reads when a command did not go through. */
    private static String refusal(Exception e) {
        if (e instanceof EditRefusedException) return e.getMessage();
        if (e instanceof RejectedExecutionException) return Texts.get("edits.refusal.shuttingDown");
        // a broken data file or a bug: the log gets the trace, the person a readable line
        LOG.log(System.Logger.Level.ERROR, "An outbox command failed", e);
        return Texts.get("edits.refusal.notStored",
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
