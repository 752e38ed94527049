package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.ProfileProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The rows touched by the table's cell selection: how many (for the detail pane) and which (for bulk edit). */
final class SelectedRows {
    private final TableView<ProfileProperty> table;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");

    SelectedRows(TableView<ProfileProperty> table) {
        this.table = table;
        table.getSelectionModel().getSelectedCells().addListener(
                (ListChangeListener<TablePosition>) change -> count.set(indexes().size()));
    }

    ReadOnlyIntegerProperty count() {
        return count.getReadOnlyProperty();
    }

    /** The selected rows in table order, each once. */
    List<ProfileProperty> rows() {
        List<ProfileProperty> rows = new ArrayList<>();
        for (int index : indexes()) {
            if (index >= 0 && index < table.getItems().size()) rows.add(table.getItems().get(index));
        }
        return rows;
    }

    private TreeSet<Integer> indexes() {
        TreeSet<Integer> indexes = new TreeSet<>();
        for (TablePosition<?, ?> cell : table.getSelectionModel().getSelectedCells()) indexes.add(cell.getRow());
        return indexes;
    }
}
