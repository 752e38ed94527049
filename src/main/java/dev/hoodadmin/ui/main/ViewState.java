package dev.hoodadmin.ui.main;

import dev.hoodadmin.ui.common.ColumnState;
import dev.hoodadmin.ui.find.FindModel;
import dev.hoodadmin.ui.table.RowPlace;

import java.util.List;
import java.util.Objects;

/**
 * What the person made of the main window's table, by ids only so it outlives the window: the filters, the sort
 * order, the column layout and their place in the rows (selection, focused cell, top row). A window rebuilt for
 * the same account (sign in again, switching back, another language) is given it back with
 * {@link MainWindow#restoreView(ViewState)}.
 */
public record ViewState(FindModel.Filters filters, List<Sort> sort, List<ColumnState> columns, RowPlace place) {
    /** One column of the sort order: the column's id and its direction. */
    public record Sort(String columnId, boolean ascending) {
    }

    public ViewState {
        Objects.requireNonNull(filters, "filters");
        sort = List.copyOf(sort);
        columns = List.copyOf(columns);
        Objects.requireNonNull(place, "place");
    }
}
