package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.find.PlaceKeeper;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the selected rows (or cells), the focused one and the row at the top of the view across a replacement
 * of every row, by property id: a filter or sort pass moves rows, the person's place stays with them.
 */
final class TablePlace implements PlaceKeeper {
    private final TableView<ProfileProperty> table;
    /** The table's scrolling part, found once per skin (a scene-graph lookup on every replacement costs time). */
    private VirtualFlow<?> flow;

    TablePlace(TableView<ProfileProperty> table) {
        this.table = table;
        table.skinProperty().addListener((obs, old, now) -> flow = null);
    }

    private record Cell(String id, TableColumn<ProfileProperty, ?> column) {
    }

    @Override
    public void around(Runnable replaceAll) {
        List<ProfileProperty> items = table.getItems();
        var selection = table.getSelectionModel();
        List<Cell> selected = new ArrayList<>();
        for (TablePosition<?, ?> position : selection.getSelectedCells()) {
            if (position.getRow() >= 0 && position.getRow() < items.size()) {
                @SuppressWarnings("unchecked")
                TableColumn<ProfileProperty, ?> column = (TableColumn<ProfileProperty, ?>) position.getTableColumn();
                selected.add(new Cell(items.get(position.getRow()).id(), column));
            }
        }
        TablePosition<ProfileProperty, ?> focusedAt = table.getFocusModel().getFocusedCell();
        Cell focused = focusedAt != null && focusedAt.getRow() >= 0 && focusedAt.getRow() < items.size()
                ? new Cell(items.get(focusedAt.getRow()).id(), focusedAt.getTableColumn()) : null;
        VirtualFlow<?> flow = flow();
        IndexedCell<?> topCell = flow == null ? null : flow.getFirstVisibleCell();
        int topIndex = topCell == null ? -1 : topCell.getIndex();
        String topId = topIndex >= 0 && topIndex < items.size() ? items.get(topIndex).id() : null;

        replaceAll.run();

        Set<String> wanted = new HashSet<>();
        selected.forEach(cell -> wanted.add(cell.id()));
        if (focused != null) wanted.add(focused.id());
        if (topId != null) wanted.add(topId);
        Map<String, Integer> positions = positionsOf(wanted);
        selection.clearSelection();
        for (Cell cell : selected) {
            Integer row = positions.get(cell.id());
            if (row == null) continue;
            if (selection.isCellSelectionEnabled() && cell.column() != null) selection.select(row, cell.column());
            else selection.select(row);
        }
        if (focused != null && positions.containsKey(focused.id())) {
            table.getFocusModel().focus(positions.get(focused.id()), focused.column());
        }
        if (flow != null && topIndex >= 0 && !items.isEmpty()) {
            Integer newTop = topId == null ? null : positions.get(topId);
            int top = Math.min(newTop != null ? newTop : topIndex, items.size() - 1);
            // at the very top already (the usual case while typing): scrolling there again only adds a layout
            if (top != 0 || flow.getPosition() != 0) flow.scrollToTop(top);
        }
    }

    private VirtualFlow<?> flow() {
        if (flow == null && table.lookup(".virtual-flow") instanceof VirtualFlow<?> found) flow = found;
        return flow;
    }

    /** One scan of the rows for the few ids the place needs. */
    private Map<String, Integer> positionsOf(Set<String> ids) {
        Map<String, Integer> positions = new HashMap<>();
        if (ids.isEmpty()) return positions;
        List<ProfileProperty> items = table.getItems();
        for (int i = 0; i < items.size() && positions.size() < ids.size(); i++) {
            String id = items.get(i).id();
            if (id != null && ids.contains(id)) positions.putIfAbsent(id, i);
        }
        return positions;
    }
}
