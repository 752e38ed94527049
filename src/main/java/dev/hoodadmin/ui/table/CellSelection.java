package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Selects and unselects cells of the property table in as few steps as JavaFX's selection model allows. */
final class CellSelection {
    private final TableView<ProfileProperty> table;

    CellSelection(TableView<ProfileProperty> table) {
        this.table = table;
    }

    /**
     * Adds {@code cells} to the selection, rows selected whole (every cell, or the row in row selection) in one
     * step: one cell at a time, each with its own change to every listener, a selection of all 5,000 rows took the
     * JavaFX thread 1.8 s to put back.
     */
    void add(List<? extends TablePosition<?, ?>> cells) {
        var selection = table.getSelectionModel();
        boolean cellMode = selection.isCellSelectionEnabled();
        int columnCount = table.getVisibleLeafColumns().size();
        Map<Integer, List<TableColumn<ProfileProperty, ?>>> columnsByRow = new LinkedHashMap<>();
        Set<Integer> wholeRows = new LinkedHashSet<>();
        for (TablePosition<?, ?> cell : cells) {
            TableColumn<ProfileProperty, ?> column = cellMode ? column(cell) : null;
            if (column == null) wholeRows.add(cell.getRow());
            else columnsByRow.computeIfAbsent(cell.getRow(), row -> new ArrayList<>()).add(column);
        }
        columnsByRow.forEach((row, columns) -> {
            if (columns.size() >= columnCount) wholeRows.add(row);
        });
        if (!wholeRows.isEmpty()) {
            int[] rows = wholeRows.stream().mapToInt(Integer::intValue).toArray();
            selection.selectIndices(rows[0], Arrays.copyOfRange(rows, 1, rows.length));
        }
        columnsByRow.forEach((row, columns) -> {
            if (wholeRows.contains(row)) return;
            for (TableColumn<ProfileProperty, ?> column : columns) selection.select(row, column);
        });
    }

    /** Selects {@code cell} last: its row becomes the selected row, its item the selected item. */
    void select(TablePosition<?, ?> cell) {
        var selection = table.getSelectionModel();
        TableColumn<ProfileProperty, ?> column = column(cell);
        if (column == null || !selection.isCellSelectionEnabled()) selection.select(cell.getRow());
        else selection.select(cell.getRow(), column);
    }

    void remove(TablePosition<?, ?> cell) {
        table.getSelectionModel().clearSelection(cell.getRow(), column(cell));
    }

    @SuppressWarnings("unchecked") // every position of this table is one of its columns
    private static TableColumn<ProfileProperty, ?> column(TablePosition<?, ?> cell) {
        return (TableColumn<ProfileProperty, ?>) cell.getTableColumn();
    }
}
