package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.ui.table.EditableColumns;
import dev.hoodadmin.ui.table.GridNavigation;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Objects;

/** Takes the person to a property: selects its row and cell, and puts the keyboard in the detail pane's field. */
final class RowFocus {
    private final TableView<ProfileProperty> table;
    private final DetailViewModel detail;
    private final EditorViewModel editor;

    RowFocus(TableView<ProfileProperty> table, DetailViewModel detail, EditorViewModel editor) {
        this.table = table;
        this.detail = detail;
        this.editor = editor;
    }

    /** "Edit again" in the queue panel: the edit's row, first changed field. */
    void editAgain(Edit edit) {
        UpdatableField field = edit.changedFields().stream().findFirst().orElse(UpdatableField.EXAMPLE);
        if (!show(edit.propertyId(), field)) {
            editor.notify(Texts.get("editor.notInTable", edit.propertyName()));
        }
    }

    /** A cell whose text the grid cannot edit safely (line breaks) is edited in the detail pane. */
    void editInDetail(ProfileProperty row, UpdatableField field) {
        show(row.id(), field);
        editor.notify(Texts.get("editor.lineBreaks", field.wireName().replace('_', ' ')));
    }

    private boolean show(String propertyId, UpdatableField field) {
        int index = indexOf(propertyId);
        if (index < 0) return false;
        TableColumn<ProfileProperty, ?> column = EditableColumns.columnOf(table, field).orElse(null);
        table.getSelectionModel().clearAndSelect(index, column);
        table.getFocusModel().focus(index, column);
        GridNavigation.scrollIntoView(table, index);
        detail.show(table.getItems().get(index));
        detail.focus(field);
        return true;
    }

    private int indexOf(String propertyId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (Objects.equals(table.getItems().get(i).id(), propertyId)) return i;
        }
        return -1;
    }
}
