package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.common.ColumnLayout;
import dev.hoodadmin.ui.find.FindModel;
import dev.hoodadmin.ui.table.RowPlace;
import dev.hoodadmin.ui.table.TablePlace;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Captures and restores a {@link ViewState} for one window. Filters, sort and columns apply at once; the place in
 * the rows (selection, scroll) waits until the rows it names are shown, since they load (and are filtered) after
 * the window is built or a full read emptied it. While rows arrive, every change of the shown rows puts it back
 * (appending rows can shift the view); it stops once it is found with the load over, at the first change of the
 * shown rows after the load (found or not), or as soon as the person clicks or types in the table.
 */
final class ViewStateKeeper {
    private final TableView<ProfileProperty> table;
    private final FindModel find;
    private final TablePlace place;
    private RowPlace pending;
    /** The load is over: the next change of the shown rows is the waiting place's last chance. */
    private boolean lastChance;
    /** No read is running (the place found now stays found). */
    private boolean loadOver = true;

    ViewStateKeeper(TableView<ProfileProperty> table, FindModel find, LoadStatus status) {
        this.table = table;
        this.find = find;
        this.place = new TablePlace(table);
        // after the table's own keeper has put back what it had (nothing, while the place still waits)
        table.getItems().addListener((ListChangeListener<ProfileProperty>) change ->
                Platform.runLater(() -> tryPending(lastChance)));
        status.loadingProperty().addListener((obs, was, loading) -> {
            if (loading) {
                lastChance = false;
            } else if (pending != null) {
                lastChance = true;
                tryPending(false);
            }
            loadOver = !loading;
        });
        // the person's own move wins over a place still waiting for its rows
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> pending = null);
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> pending = null);
    }

    ViewState capture() {
        List<ViewState.Sort> sort = new ArrayList<>();
        for (TableColumn<ProfileProperty, ?> column : table.getSortOrder()) {
            if (column.getId() != null) {
                sort.add(new ViewState.Sort(column.getId(), column.getSortType() == TableColumn.SortType.ASCENDING));
            }
        }
        RowPlace now = pending != null ? pending : place.capture(); // a place not found yet is still the person's
        return new ViewState(find.filters(), sort, ColumnLayout.capture(table), now);
    }

    void restore(ViewState state) {
        ColumnLayout.apply(table, state.columns());
        find.apply(state.filters());
        List<TableColumn<ProfileProperty, ?>> order = new ArrayList<>();
        for (ViewState.Sort sort : state.sort()) {
            table.getColumns().stream().filter(column -> sort.columnId().equals(column.getId())).findFirst()
                    .ifPresent(column -> {
                        column.setSortType(sort.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                        order.add(column);
                    });
        }
        table.getSortOrder().setAll(order);
        await(state.place());
        tryPending(false); // the rows may be there already
    }

    /** Before a full read empties the rows: the place comes back as they return. */
    void holdPlace() {
        await(pending != null ? pending : place.capture());
    }

    private void await(RowPlace wanted) {
        pending = wanted.isEmpty() ? null : wanted;
        lastChance = false;
    }

    /**
     * Puts the place back as far as the rows allow. While rows still arrive it keeps waiting even when found:
     * growing the list can move the view by a few rows, so each change puts the top row back again.
     */
    private void tryPending(boolean finalTry) {
        if (pending == null) return;
        RowPlace wanted = pending;
        if ((place.restore(wanted) && loadOver) || finalTry) pending = null;
    }
}
