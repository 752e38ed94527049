package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditBatch;
import dev.hoodadmin.outbox.EditResult;
import dev.hoodadmin.ui.edits.EditCommands;
import dev.hoodadmin.ui.edits.EditsState;
import dev.hoodadmin.ui.edits.FieldRules;
import dev.hoodadmin.ui.edits.RowEditState;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The editing commands every path uses (grid, detail pane, paste, bulk): check the values, then queue them
 * in the outbox without blocking the JavaFX thread. The outbox is the final guard: what it refuses (a
 * system property) is shown on the row and in the notice. Call on the JavaFX thread.
 */
public final class EditorViewModel {

    private final EditsState edits;
    private final EditCommands commands;
    private final Function<String, EditBatch> steps;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");

    /** @param steps starts one undo step (a batch) for an action, given its source ("grid", "paste"…) */
    public EditorViewModel(EditsState edits, EditCommands commands, Function<String, EditBatch> steps) {
        this.edits = edits;
        this.commands = commands;
        this.steps = steps;
    }

    /** One undo step for an action of the person: pass it to every save of that action. */
    public EditBatch begin(String source) {
        return steps.apply(source);
    }

    /**
     * Queues new values for a row: an edit waiting for it takes them; a rejected or failed one is corrected
     * with them (and goes back in line). Values that break a rule are not queued and say why in the notice.
     */
    public CompletableFuture<Void> save(ProfileProperty row, Map<UpdatableField, String> values, EditBatch batch) {
        return save(row, values, batch, result -> { });
    }

    CompletableFuture<Void> save(ProfileProperty row, Map<UpdatableField, String> values, EditBatch batch,
                                 Consumer<EditResult> done) {
        for (Map.Entry<UpdatableField, String> entry : values.entrySet()) {
            Optional<String> problem = FieldRules.problem(entry.getKey(), entry.getValue());
            if (problem.isPresent()) {
                notice.set(problem.get());
                return CompletableFuture.completedFuture(null);
            }
        }
        // no "unchanged" filter here: the outbox compares with what it holds, which may be newer than this view
        RowEditState state = edits.row(row.id());
        Map<UpdatableField, String> changes = new EnumMap<>(UpdatableField.class);
        changes.putAll(values);
        if (changes.isEmpty()) return CompletableFuture.completedFuture(null);
        EditCommands.Outcome<EditResult> outcome = new EditCommands.Outcome<>(result -> {
            if (state.refusal() != null) edits.setRefusal(row.id(), null);
            done.accept(result);
        }, refusal -> refused(row, refusal));
        Optional<Edit> problem = state.problem();
        return problem.isPresent()
                ? commands.replaceValues(problem.get().id(), changes, outcome)
                : commands.enqueue(row, changes, batch, outcome);
    }

    /** Drops the row's unsent changes: every edit of it that is not in flight, and a refusal shown on it. */
    public CompletableFuture<Void> revert(ProfileProperty row) {
        RowEditState state = edits.row(row.id());
        if (state.refusal() != null) edits.setRefusal(row.id(), null);
        if (state.discardable().size() < state.edits().size()) {
            notice.set(Texts.get("editor.beingSent", name(row)));
        }
        List<CompletableFuture<Void>> discards = new ArrayList<>();
        for (Edit edit : state.discardable()) {
            discards.add(commands.discard(edit.id(), new EditCommands.Outcome<>(removed -> { }, notice::set)));
        }
        return CompletableFuture.allOf(discards.toArray(CompletableFuture[]::new));
    }

    /** Keep mine: sends an edit in conflict anyway, over the server's value. */
    public CompletableFuture<Void> keepMine(Edit conflict) {
        return commands.keepMine(conflict.id(), new EditCommands.Outcome<>(kept -> { }, notice::set));
    }

    /** Take theirs: drops an edit in conflict; {@code dropped} then gets it (its conflict() holds the server's values). */
    public CompletableFuture<Void> takeTheirs(Edit conflict, Consumer<Edit> dropped) {
        return commands.takeTheirs(conflict.id(), new EditCommands.Outcome<>(dropped, notice::set));
    }

    /** A message about the last command that concerns the person (refusals, skipped cells, results). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void notify(String message) {
        notice.set(message);
    }

    public void dismissNotice() {
        notice.set(null);
    }

    public EditsState edits() {
        return edits;
    }

    private void refused(ProfileProperty row, String refusal) {
        edits.setRefusal(row.id(), refusal);
        notice.set(name(row) + ": " + refusal);
    }

    static String name(ProfileProperty row) {
        if (row.label() != null && !row.label().isBlank()) return row.label();
        if (row.target() != null && !row.target().isBlank()) return row.target();
        return row.id();
    }
}
