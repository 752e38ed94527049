package dev.hoodadmin.ui.table;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** The ids of every row the place names. */
    Set<String> wanted() {
        Set<String> ids = new HashSet<>();
        selected.forEach(cell -> ids.add(cell.propertyId()));
        if (focused != null) ids.add(focused.propertyId());
        if (topId != null) ids.add(topId);
        return ids;
    }

    public boolean isEmpty() {
        return selected.isEmpty() && focused == null && topId == null;
    }
}
