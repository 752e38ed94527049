package dev.hoodadmin.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's columns as the person arranged them (order, widths, which are shown), read and applied by column id:
 * what the saved window layout and a rebuilt window's view state both keep.
 */
public final class ColumnLayout {
    private ColumnLayout() {
    }

    /** The columns in display order; columns without an id are not kept. */
    public static List<ColumnState> capture(TableView<?> table) {
        List<ColumnState> columns = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getColumns()) {
            // a hidden column has no laid-out width of its own; its preferred width is what it shows again with
            double width = column.isVisible() && column.getWidth() > 0 ? column.getWidth() : column.getPrefWidth();
            if (column.getId() != null && width > 0) {
                columns.add(new ColumnState(column.getId(), width, column.isVisible()));
            }
        }
        return columns;
    }

    /** Puts the known columns in the saved order, widths and visibility; columns added since keep their default at the end. */
    public static <S> void apply(TableView<S> table, List<ColumnState> saved) {
        if (saved.isEmpty()) return;
        Map<String, TableColumn<S, ?>> byId = new LinkedHashMap<>();
        for (TableColumn<S, ?> column : table.getColumns()) byId.put(column.getId(), column);
        List<TableColumn<S, ?>> ordered = new ArrayList<>();
        for (ColumnState state : saved) {
            TableColumn<S, ?> column = byId.remove(state.id());
            if (column == null) continue;
            column.setPrefWidth(state.width());
            column.setVisible(state.visible());
            ordered.add(column);
        }
        ordered.addAll(byId.values());
        if (!ordered.equals(table.getColumns())) table.getColumns().setAll(ordered);
    }
}
