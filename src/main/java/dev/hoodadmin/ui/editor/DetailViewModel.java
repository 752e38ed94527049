package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ui.edits.RowEditState;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The detail pane's state: the selected property, a draft per updatable field, whether Save and Revert
 * may act and why not, and the row's last problem. Holds no nodes. Call on the JavaFX thread.
 */
public final class DetailViewModel {
    private final EditorViewModel editor;
    private final Function<String, Optional<ProfileProperty>> serverRow;
    private final Map<UpdatableField, FieldDraft> drafts = new EnumMap<>(UpdatableField.class);
    private final ReadOnlyObjectWrapper<ProfileProperty> row = new ReadOnlyObjectWrapper<>(this, "row");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyBooleanWrapper canRevert = new ReadOnlyBooleanWrapper(this, "canRevert");
    private final ReadOnlyStringWrapper saveHint = new ReadOnlyStringWrapper(this, "saveHint");
    private final ReadOnlyObjectWrapper<EditProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ObjectProperty<UpdatableField> focusRequest = new SimpleObjectProperty<>(this, "focusRequest");
    private boolean saving;

    /** {@code serverRow} finds the loaded row with an id (the latest copy, after applied edits). */
    public DetailViewModel(EditorViewModel editor, Function<String, Optional<ProfileProperty>> serverRow) {
        this.editor = editor;
        this.serverRow = serverRow;
        for (UpdatableField field : UpdatableField.values()) {
            FieldDraft draft = new FieldDraft(field);
            draft.valueProperty().addListener((obs, old, now) -> updateCommands());
            drafts.put(field, draft);
        }
    }

    /** Shows a row (null: none). Selecting another row drops what was typed and not saved on the last one. */
    public void show(ProfileProperty selected) {
        boolean sameRow = selected != null && row.get() != null && Objects.equals(selected.id(), row.get().id());
        row.set(selected);
        load(!sameRow);
    }

    /** Takes the latest server copy and queued values of the shown row, keeping what was typed. */
    public void refresh() {
        ProfileProperty current = row.get();
        if (current == null) return;
        row.set(serverRow.apply(current.id()).orElse(current));
        load(false);
    }

    /** Queues the typed changes. */
    public CompletableFuture<Void> save() {
        ProfileProperty current = row.get();
        if (!canSave.get() || current == null) return CompletableFuture.completedFuture(null);
        Map<UpdatableField, String> values = new EnumMap<>(UpdatableField.class);
        drafts.values().stream().filter(d -> d.dirtyProperty().get())
                .forEach(d -> values.put(d.field(), d.valueProperty().get()));
        saving = true;
        updateCommands();
        return editor.save(current, values, editor.begin("detail pane")).whenComplete((done, failure) -> {
            saving = false;
            refresh();
        });
    }

    /** Drops the row's unsent changes, queued or typed; the fields show the server's values again. */
    public CompletableFuture<Void> revert() {
        ProfileProperty current = row.get();
        if (current == null || locked.get()) return CompletableFuture.completedFuture(null);
        RowEditState state = editor.edits().row(current.id());
        drafts.values().forEach(d -> d.valueProperty().set(state.serverValue(d.field(), current.valueOf(d.field()))));
        return editor.revert(current);
    }

    /** Asks the view to put the keyboard in this field (e.g. "Edit again", or a cell with line breaks). */
    public void focus(UpdatableField field) {
        focusRequest.set(null);
        focusRequest.set(field);
    }

    private void load(boolean discardTyped) {
        ProfileProperty current = row.get();
        RowEditState state = current == null ? RowEditState.NONE : editor.edits().row(current.id());
        locked.set(current != null && current.isSystem());
        for (FieldDraft draft : drafts.values()) {
            String row = current == null ? null : current.valueOf(draft.field());
            draft.load(state.serverValue(draft.field(), row), state.valueOr(draft.field(), row), state.errorOn(draft.field()).orElse(null),
                    discardTyped || locked.get());
        }
        problem.set(state.refusal() != null ? EditProblem.refusal(state.refusal())
                : state.problem().map(EditProblem::of).orElse(null));
        updateCommands();
    }

    private void updateCommands() {
        ProfileProperty current = row.get();
        boolean editable = current != null && !current.isSystem();
        boolean dirty = drafts.values().stream().anyMatch(d -> d.dirtyProperty().get());
        boolean invalid = drafts.values().stream().anyMatch(d -> d.invalidProperty().get());
        RowEditState state = current == null ? RowEditState.NONE : editor.edits().row(current.id());
        canSave.set(editable && dirty && !invalid && !saving);
        canRevert.set(editable && (dirty || state.hasUnsent() || state.refusal() != null));
        saveHint.set(!editable ? "" : invalid ? Texts.get("detail.hint.invalid")
                : saving ? Texts.get("detail.hint.saving") : dirty ? "" : Texts.get("detail.hint.noChanges"));
    }

    public FieldDraft draft(UpdatableField field) {
        return drafts.get(field);
    }

    public ReadOnlyObjectProperty<ProfileProperty> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRevertProperty() {
        return canRevert.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveHintProperty() {
        return saveHint.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EditProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UpdatableField> focusRequestProperty() {
        return focusRequest;
    }
}
