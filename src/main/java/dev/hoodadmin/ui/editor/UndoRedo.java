package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.engine.BatchUndo;
import dev.hoodadmin.outbox.EditBatch;
import dev.hoodadmin.ui.edits.ApproxDuration;
import dev.hoodadmin.ui.edits.EditCommands;
import dev.hoodadmin.ratelimit.BudgetView;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Edit → Undo / Redo for the person's own actions in this window, one step per action (a cell, a save, a
 * paste, a bulk edit). The work is {@link BatchUndo}'s, the same as {@code hood-admin undo}: unsent edits leave
 * the queue, applied changes are sent back through the outbox, and a field changed elsewhere since becomes a
 * conflict instead of being overwritten. A step touching several properties asks first, saying how many
 * properties and requests and about how long. Call on the JavaFX thread.
 */
final class UndoRedo {
    static final String UNDO_SOURCE = "undo";
    static final String REDO_SOURCE = "redo";

    /** One step: an action of this session (its batch gets its number once stored) or an undo made here. */
    private record Step(EditBatch action, long undoBatch) {
        OptionalLong id() {
            return action != null ? action.id() : OptionalLong.of(undoBatch);
        }
    }

    /** Asks whether to go on; gets the question. Tests answer without a dialog. */
    interface Confirmation extends Predicate<String> { }

    private final BatchUndo batches;
    private final EditCommands commands;
    private final Consumer<String> notify;
    private final BudgetView budget;
    private final Confirmation confirm;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private boolean busy;

    /** @param notify shows a line to the person (the editor's notice) */
    UndoRedo(BatchUndo batches, EditCommands commands, Consumer<String> notify, BudgetView budget,
             Confirmation confirm) {
        this.batches = batches;
        this.commands = commands;
        this.notify = notify;
        this.budget = budget;
        this.confirm = confirm;
    }

    /** A new action of the person: its edits form one undo step; what could be redone is forgotten. */
    EditBatch start(String source) {
        EditBatch batch = EditBatch.start(source);
        undo.push(new Step(batch, 0));
        redo.clear();
        update();
        return batch;
    }

    CompletableFuture<Void> undo() {
        return run(undo, redo, UNDO_SOURCE);
    }

    CompletableFuture<Void> redo() {
        return run(redo, undo, REDO_SOURCE);
    }

    /** Undoes a batch picked in the History window (any batch, also one made elsewhere). */
    CompletableFuture<Void> undoBatch(long batchId) {
        undo.push(new Step(null, batchId));
        return undo();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private CompletableFuture<Void> run(Deque<Step> from, Deque<Step> to, String source) {
        if (busy || from.isEmpty()) return CompletableFuture.completedFuture(null);
        Step step = from.pop();
        update();
        CompletableFuture<Void> done = new CompletableFuture<>();
        // on the outbox's serial line, so the step's own saves are stored before it is planned
        commands.call(() -> step.id().isPresent() ? batches.plan(step.id().getAsLong()) : null,
                new EditCommands.Outcome<BatchUndo.Plan>(plan -> {
                    if (plan == null || plan.isEmpty()) {
                        notify.accept(Texts.get("undo.nothing." + source));
                        done.complete(null);
                    } else if (plan.properties() > 1 && !confirm.test(question(source, plan))) {
                        from.push(step);
                        done.complete(null);
                    } else {
                        apply(plan, source, to, done);
                    }
                    update();
                }, refusal -> {
                    notify.accept(refusal);
                    done.complete(null);
                }));
        return done;
    }

    private void apply(BatchUndo.Plan plan, String source, Deque<Step> to, CompletableFuture<Void> done) {
        busy = true;
        commands.call(() -> batches.undo(plan, source), new EditCommands.Outcome<BatchUndo.Result>(result -> {
            busy = false;
            result.undoBatch().ifPresent(id -> to.push(new Step(null, id)));
            update();
            done.complete(null);
        }, refusal -> {
            busy = false;
            notify.accept(refusal);
            update();
            done.complete(null);
        }));
        update();
    }

    /**
     * e.g. "Undo bulk edit #12? 36 properties are set back with 36 requests, about 4 s."
     * @param source {@link #UNDO_SOURCE} or {@link #REDO_SOURCE}
     */
    String question(String source, BatchUndo.Plan plan) {
        // the batch's source is journal data ("bulk edit"), shown as recorded
        StringBuilder text = new StringBuilder(Texts.get("undo.question." + source, plan.source(),
                String.valueOf(plan.batchId()))).append(' ');
        if (!plan.unsent().isEmpty()) {
            text.append(Texts.get("undo.question.unsent", Texts.number(plan.unsent().size()))).append(' ');
        }
        if (plan.properties() > 0) {
            text.append(Texts.get("undo.question.setBack", Texts.number(plan.properties()), Texts.number(plan.requests())));
            Duration eta = budget.estimateDuration(plan.requests());
            if (eta != null) text.append(", ").append(ApproxDuration.of(eta));
        }
        return text.append(Texts.get("undo.question.end")).toString();
    }

    private void update() {
        canUndo.set(!busy && !undo.isEmpty());
        canRedo.set(!busy && !redo.isEmpty());
    }
}
