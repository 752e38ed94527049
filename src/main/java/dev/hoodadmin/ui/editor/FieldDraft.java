package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.EditError;
import dev.hoodadmin.ui.edits.FieldRules;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

/**
 * One field in the detail pane: what the person typed ({@link #valueProperty()}), compared with the server's
 * value (changed: highlighted until applied) and with what is already queued (dirty: Save has something to
 * do). The reason under the field is the rule it breaks, else the server's error while the rejected value
 * is still shown.
 */
public final class FieldDraft {
    private final UpdatableField field;
    private final StringProperty value = new SimpleStringProperty(this, "value");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper invalid = new ReadOnlyBooleanWrapper(this, "invalid");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private String server;
    private String wanted;
    private EditError serverError;

    FieldDraft(UpdatableField field) {
        this.field = field;
        value.addListener((obs, old, now) -> recompute());
    }

    /** Takes the latest server and queued values; what the person typed and did not save yet stays. */
    void load(String serverValue, String wantedValue, EditError error, boolean discardTyped) {
        boolean keepTyped = !discardTyped && dirty.get();
        server = serverValue;
        wanted = wantedValue;
        serverError = error;
        if (!keepTyped) value.set(wantedValue);
        recompute();
    }

    private void recompute() {
        String now = value.get();
        changed.set(FieldRules.isChange(field, server, now));
        dirty.set(FieldRules.isChange(field, wanted, now));
        Optional<String> rule = dirty.get() ? FieldRules.problem(field, now) : Optional.empty();
        invalid.set(rule.isPresent());
        if (rule.isPresent()) {
            problem.set(rule.get());
        } else if (serverError != null && !dirty.get()) {
            // the server's own words; its title and trace id are in the problem box above the fields
            problem.set(serverError.message() != null && !serverError.message().isBlank()
                    ? serverError.message() : serverError.summary());
        } else {
            problem.set(null);
        }
    }

    public UpdatableField field() {
        return field;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** Differs from the server: highlighted. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** Differs from what is queued: Save would send it. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty invalidProperty() {
        return invalid.getReadOnlyProperty();
    }

    /** The reason under the field, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
