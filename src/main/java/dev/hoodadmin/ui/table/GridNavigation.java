package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

import java.util.List;

/** Moves editing to the next (or previous) editable cell, skipping locked rows: what Tab does while editing. */
public final class GridNavigation {
    private GridNavigation() {
    }

    /** Starts editing the next editable cell after (row, column) in reading order; false if there is none. */
    public static boolean editNext(TableView<ProfileProperty> table, int row, TableColumn<ProfileProperty, ?> column,
                                   boolean forward) {
        List<TableColumn<ProfileProperty, ?>> columns = table.getVisibleLeafColumns();
        int columnIndex = columns.indexOf(column);
        int step = forward ? 1 : -1;
        int r = row;
        int c = columnIndex + step;
        while (r >= 0 && r < table.getItems().size()) {
            for (; c >= 0 && c < columns.size(); c += step) {
                if (isEditable(table, r, columns.get(c))) {
                    edit(table, r, columns.get(c));
                    return true;
                }
            }
            r += step;
            c = forward ? 0 : columns.size() - 1;
        }
        return false;
    }

    /** True when the person may edit this cell: an editable column of a custom property. */
    public static boolean isEditable(TableView<ProfileProperty> table, int row, TableColumn<ProfileProperty, ?> column) {
        if (row < 0 || row >= table.getItems().size() || column == null) return false;
        ProfileProperty property = table.getItems().get(row);
        return property != null && !property.isSystem() && EditableColumns.fieldOf(column).isPresent()
                && column.isEditable() && table.isEditable();
    }

    /** Selects, focuses and scrolls to the cell, then opens its editor. */
    public static void edit(TableView<ProfileProperty> table, int row, TableColumn<ProfileProperty, ?> column) {
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        scrollIntoView(table, row);
        table.edit(row, column);
    }

    /**
     * Called by a cell that refuses to edit (a locked row, or text it sends elsewhere): the table must not
     * stay "editing" a cell that shows no editor.
     */
    static void dropRefusedEdit(TableView<ProfileProperty> table, int row, TableColumn<ProfileProperty, ?> column) {
        if (table == null) return;
        TablePosition<ProfileProperty, ?> editing = table.getEditingCell();
        if (editing != null && editing.getRow() == row && editing.getTableColumn() == column) {
            Platform.runLater(() -> {
                if (table.getEditingCell() == editing) table.edit(-1, null);
            });
        }
    }

    /** Scrolls only as far as needed (TableView.scrollTo would put the row at the top every time). */
    public static void scrollIntoView(TableView<?> table, int row) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        } else {
            table.scrollTo(row);
        }
    }
}
