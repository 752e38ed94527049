package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.ui.edits.EditsState;
import dev.hoodadmin.ui.main.MainViewModel;
import javafx.application.Platform;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts the values of edits the server accepted into the loaded rows (a 204 has no body to re-read). Replacing
 * a row closes any cell editor open in the table, so while the person is editing a cell (Tab moves from one
 * to the next) the updates wait, and land once no editor has been open for a moment. Meanwhile
 * {@link EditsState} overlays the accepted values, so the cells already show them.
 */
final class AppliedRows {
    private final TableView<ProfileProperty> table;
    private final MainViewModel main;
    private final EditsState edits;
    private final List<Edit> waiting = new ArrayList<>();

    AppliedRows(TableView<ProfileProperty> table, MainViewModel main, EditsState edits) {
        this.table = table;
        this.main = main;
        this.edits = edits;
        table.editingCellProperty().addListener((obs, old, now) -> {
            // Tab ends one edit and opens the next at once: only a lasting pause lets the rows change
            if (now == null && !waiting.isEmpty()) Platform.runLater(this::flushIfIdle);
        });
    }

    void apply(Edit edit) {
        waiting.add(edit);
        flushIfIdle();
    }

    private void flushIfIdle() {
        if (table.getEditingCell() != null) return;
        List<Edit> accepted = List.copyOf(waiting);
        waiting.clear();
        for (Edit edit : accepted) {
            main.property(edit.propertyId()).ifPresent(row -> main.replaceProperty(withChanges(row, edit.changes())));
            edits.landed(edit);
        }
    }

    /** The server's values taken over (Take theirs): the loaded row shows them at once. */
    void serverValues(String propertyId, Map<UpdatableField, String> values) {
        main.property(propertyId).ifPresent(row -> main.replaceProperty(withChanges(row, values)));
    }

    private static ProfileProperty withChanges(ProfileProperty row, Map<UpdatableField, String> changes) {
        ProfileProperty updated = row;
        for (Map.Entry<UpdatableField, String> change : changes.entrySet()) {
            updated = updated.with(change.getKey(), change.getValue());
        }
        return updated;
    }
}
