package dev.hoodadmin.ui.table;

import java.util.List;

/**
 * Where the person is in the table, by property and column id (not by position, which a filter, a sort or a
 * reload changes): the selected cells, the focused cell and the row at the top of the view.
 */
public record RowPlace(List<Cell> selected, Cell focused, String topId) {
    public static final RowPlace NONE = new RowPlace(List.of(), null, null);

    /** A cell: a property's id and a column's id (null when the whole row is meant). */
    public record Cell(String propertyId, String columnId) {
    }

    public RowPlace {
        selected = List.copyOf(selected);
    }

    public boolean isEmpty() {
        return selected.isEmpty() && focused == null && topId == null;
    }
}
