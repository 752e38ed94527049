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
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the selected rows (or cells), the focused one and the row at the top of the view across a replacement
 * of every row, by property id: a filter or sort pass moves rows, the person's place stays with them. The same
 * {@link RowPlace} puts the place back in a rebuilt window once its rows are loaded.
 */
public final class TablePlace implements PlaceKeeper {
    /** Up to this many ids, {@link #positionsOf} compares hash codes instead of looking each row up. */
    private static final int FEW_IDS = 8;
    private final TableView<ProfileProperty> table;
    private final CellSelection cells;
    /** The table's scrolling part, found once per skin (a scene-graph lookup on every replacement costs time). */
    private VirtualFlow<?> flow;

    public TablePlace(TableView<ProfileProperty> table) {
        this.table = table;
        this.cells = new CellSelection(table);
        table.skinProperty().addListener((obs, old, now) -> flow = null);
    }

    @Override
    public void around(List<ProfileProperty> next, Runnable replaceAll) {
        RowPlace place = capture();
        int topIndex = topIndex();
        Map<String, Integer> positions = positionsOf(next, place.wanted());
        Integer newTop = place.topId() == null ? null : positions.get(place.topId());
        VirtualFlow<?> flow = flow();
        boolean inPlace = flow != null && newTop != null && newTop > 0 && newTop < table.getItems().size();
        if (inPlace) {
            // scrolled there before the rows change: the flow keeps its top index through the change of row
            // count, so it fills its rows once, already in place (scrolling afterwards fills them twice, and its
            // layout at the old position adds rows to the flow for the moment it is past the new last row)
            flow.scrollToTop(newTop);
        }
        replaceAll.run();
        restore(place, positions, !inPlace);
        if (flow != null && newTop == null && place.topId() != null && topIndex >= 0 && !next.isEmpty()) {
            // the top row was filtered out: stay about as far down as before
            flow.scrollToTop(Math.min(topIndex, next.size() - 1));
        }
    }

    /**
     * A row replaced in place reaches the table as a removal and an addition at its index. With a selection, JavaFX
     * 21's selection model answers that by selecting every cell of the selected row, or (when the selected row is
     * the one replaced) by selecting only the row above; either way it focuses another cell. Rows keep their
     * indices here, so what JavaFX changed is undone by position: a bulk edit keeps thousands of cells selected
     * while its edits are applied one or a few at a time.
     */
    @Override
    public void aroundInPlace(Runnable replaceInPlace) {
        var selection = table.getSelectionModel();
        TablePosition<ProfileProperty, ?> focused = table.getFocusModel().getFocusedCell();
        TablePosition<ProfileProperty, ?> lead = leadCell(selection.getSelectedIndex(), focused);
        SelectionChanges changes = new SelectionChanges();
        selection.getSelectedCells().addListener(changes);
        try {
            replaceInPlace.run();
        } finally {
            selection.getSelectedCells().removeListener(changes);
        }
        List<TablePosition<?, ?>> lost = changes.lost();
        if (lost.isEmpty()) {
            changes.gained().forEach(cells::remove);
        } else {
            // JavaFX dropped cells (all but the row above, for an edit of the selected row): the whole selection
            // put back at once into an empty one (its sorted view of the selected cells takes cells added to a
            // non-empty selection one at a time, each in a pass over all of them: seconds for thousands)
            Set<TablePosition<?, ?>> gained = new HashSet<>(changes.gained());
            List<TablePosition<?, ?>> all = new ArrayList<>(lost);
            for (TablePosition<?, ?> cell : selection.getSelectedCells()) {
                if (!gained.contains(cell)) all.add(cell);
            }
            selection.clearSelection();
            cells.add(all);
        }
        // the selected row last, even if still selected: the selected item becomes its replacement
        if (lead != null) cells.select(lead);
        if (focused != null && focused.getRow() >= 0 && !focused.equals(table.getFocusModel().getFocusedCell())) {
            table.getFocusModel().focus(focused.getRow(), focused.getTableColumn());
        }
    }

    /** The selected cell in the selected row: the focused one if it is there. */
    private TablePosition<ProfileProperty, ?> leadCell(int row, TablePosition<ProfileProperty, ?> focused) {
        if (row < 0) return null;
        var selection = table.getSelectionModel();
        if (focused != null && focused.getRow() == row && selection.isSelected(row, focused.getTableColumn())) {
            return focused;
        }
        for (TablePosition<ProfileProperty, ?> cell : selection.getSelectedCells()) {
            if (cell.getRow() == row) return cell;
        }
        return null;
    }

    private int topIndex() {
        VirtualFlow<?> flow = flow();
        IndexedCell<?> topCell = flow == null ? null : flow.getFirstVisibleCell();
        return topCell == null ? -1 : topCell.getIndex();
    }

    /** The selection, the focused cell and the top row as they are now. */
    public RowPlace capture() {
        List<ProfileProperty> items = table.getItems();
        List<RowPlace.Cell> selected = new ArrayList<>();
        for (TablePosition<?, ?> position : table.getSelectionModel().getSelectedCells()) {
            if (position.getRow() >= 0 && position.getRow() < items.size()) {
                selected.add(new RowPlace.Cell(items.get(position.getRow()).id(), columnId(position.getTableColumn())));
            }
        }
        TablePosition<ProfileProperty, ?> focusedAt = table.getFocusModel().getFocusedCell();
        RowPlace.Cell focused = focusedAt != null && focusedAt.getRow() >= 0 && focusedAt.getRow() < items.size()
                ? new RowPlace.Cell(items.get(focusedAt.getRow()).id(), columnId(focusedAt.getTableColumn())) : null;
        int topIndex = topIndex();
        String topId = topIndex >= 0 && topIndex < items.size() ? items.get(topIndex).id() : null;
        return new RowPlace(selected, focused, topId);
    }

    /**
     * Selects, focuses and scrolls to what {@code place} names, as far as the rows shown now have it. Returns
     * whether the rows had all it needs: the focused row (or, without one, the first selected row) and the top row.
     */
    public boolean restore(RowPlace place) {
        return restore(place, positionsOf(table.getItems(), place.wanted()), true);
    }

    /**
     * {@link #restore(RowPlace)} with the positions of the place's rows among the table's rows known;
     * {@code scroll}: false when the flow is at the top row already.
     */
    private boolean restore(RowPlace place, Map<String, Integer> positions, boolean scroll) {
        List<ProfileProperty> items = table.getItems();
        select(place, positions);
        if (place.focused() != null && positions.containsKey(place.focused().propertyId())) {
            table.getFocusModel().focus(positions.get(place.focused().propertyId()), column(place.focused().columnId()));
        }
        VirtualFlow<?> flow = flow();
        if (scroll && flow != null && place.topId() != null && !items.isEmpty()) {
            Integer newTop = positions.get(place.topId());
            int top = newTop == null ? -1 : Math.min(newTop, items.size() - 1);
            // at the very top already (the usual case while typing): scrolling there again only adds layouts
            if (top > 0 || top == 0 && flow.getPosition() != 0) {
                // the flow learns the new row count in its layout: scrolling before it would land on the old count
                table.layout();
                flow.scrollToTop(top);
            }
        }
        RowPlace.Cell anchor = place.focused() != null ? place.focused()
                : place.selected().isEmpty() ? null : place.selected().get(0);
        return (anchor == null || positions.containsKey(anchor.propertyId()))
                && (place.topId() == null || positions.containsKey(place.topId()));
    }

    /** Selects the cells {@code place} names, as far as the rows shown now have them. */
    private void select(RowPlace place, Map<String, Integer> positions) {
        table.getSelectionModel().clearSelection();
        boolean cellMode = table.getSelectionModel().isCellSelectionEnabled();
        List<TablePosition<ProfileProperty, ?>> selected = new ArrayList<>();
        // the selected row at the end: the focused cell's if selected, else the last cell's
        TablePosition<ProfileProperty, ?> lead = null;
        boolean leadFocused = false;
        for (RowPlace.Cell cell : place.selected()) {
            Integer row = positions.get(cell.propertyId());
            if (row == null) continue;
            TablePosition<ProfileProperty, ?> position = new TablePosition<>(table, row, cellMode ? column(cell.columnId()) : null);
            selected.add(position);
            if (!leadFocused) {
                lead = position;
                leadFocused = cell.equals(place.focused());
            }
        }
        cells.add(selected);
        if (lead != null) cells.select(lead);
    }

    private static String columnId(TableColumn<?, ?> column) {
        return column == null ? null : column.getId();
    }

    private TableColumn<ProfileProperty, ?> column(String id) {
        if (id == null) return null;
        for (TableColumn<ProfileProperty, ?> column : table.getVisibleLeafColumns()) {
            if (id.equals(column.getId())) return column;
        }
        return null;
    }

    private VirtualFlow<?> flow() {
        if (flow == null && table.lookup(".virtual-flow") instanceof VirtualFlow<?> found) flow = found;
        return flow;
    }

    /**
     * One scan of {@code items} for the ids the place needs. For a few, their hash codes (kept by each id) are
     * compared first, so the scan of 100,000 rows costs little more than reading them.
     */
    private static Map<String, Integer> positionsOf(List<ProfileProperty> items, Set<String> ids) {
        Map<String, Integer> positions = new HashMap<>();
        // a row without an id is never found (rows are matched by id)
        String[] wanted = ids.stream().filter(Objects::nonNull).toArray(String[]::new);
        if (wanted.length > FEW_IDS) {
            // many rows selected: one lookup per row instead of one comparison per row and wanted id
            for (int i = 0; i < items.size() && positions.size() < wanted.length; i++) {
                String id = items.get(i).id();
                if (id != null && ids.contains(id)) positions.putIfAbsent(id, i);
            }
            return positions;
        }
        int[] hashes = new int[wanted.length];
        for (int w = 0; w < wanted.length; w++) hashes[w] = wanted[w].hashCode();
        for (int i = 0; i < items.size() && positions.size() < wanted.length; i++) {
            String id = items.get(i).id();
            if (id == null) continue;
            int hash = id.hashCode();
            for (int w = 0; w < wanted.length; w++) {
                if (hash == hashes[w] && id.equals(wanted[w])) positions.putIfAbsent(id, i);
            }
        }
        return positions;
    }
}
