package dev.hoodadmin.ui.editor;

import dev.hoodadmin.engine.BatchUndo;
import dev.hoodadmin.outbox.ChangeJournal;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.outbox.OutboxWorker;
import dev.hoodadmin.ratelimit.BudgetView;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What the editing feature needs from the app.
 *
 * @param outbox            the durable queue of edits
 * @param worker            the worker sending it (started by the app); read for its paused state
 * @param budget            the rate budget for the gauge and ETAs ({@link BudgetView#UNKNOWN} if none)
 * @param background        the app's background pool; outbox writes run there, one at a time
 * @param onSignInRequested called on the JavaFX thread when the person asks to sign in again after a
 *                          refused token; the app shows sign-in and then calls {@code worker.resume(newApi)}
 * @param journal           the account's change journal (History)
 * @param undo              undo and redo of whole batches through the outbox
 */
public record EditorDependencies(Outbox outbox, OutboxWorker worker, BudgetView budget, Executor background,
                                 Runnable onSignInRequested, ChangeJournal journal, BatchUndo undo) {

    public EditorDependencies {
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(onSignInRequested, "onSignInRequested");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(undo, "undo");
    }
}
