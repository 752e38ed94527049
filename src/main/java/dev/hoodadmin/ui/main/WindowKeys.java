package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.find.FindBar;
import dev.hoodadmin.ui.menu.Shortcuts;
import dev.hoodadmin.ui.table.GridNavigation;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.Map;

/**
 * The keyboard paths between the filters and the table, as a spreadsheet user expects them: Down or Enter in
 * the filter box goes to the first result, Esc in the table comes back to the filter box, Ctrl+L reaches the
 * filter box from anywhere and Alt+letter each quick filter.
 */
final class WindowKeys {
    /** Each quick filter's key; the find bar knows whether the filter is a box or folded into the Filters menu. */
    static final Map<KeyCombination, String> QUICK_FILTERS = Map.of(
            Shortcuts.KIND_FILTER, FindBar.KIND_ID,
            Shortcuts.DATA_TYPE_FILTER, FindBar.DATA_TYPE_ID,
            Shortcuts.PI_DATA_FILTER, FindBar.PI_DATA_ID,
            Shortcuts.IMPORTABLE_FILTER, FindBar.IMPORTABLE_ID,
            Shortcuts.EXPORTABLE_FILTER, FindBar.EXPORTABLE_ID);

    private WindowKeys() {
    }

    /** The paths that need no scene: filter box to table and back. */
    static void install(FindBar findBar, TableView<ProfileProperty> table) {
        findBar.setOnGoToResults(() -> goToResults(table));
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            // an open cell editor takes its own Esc (cancel); only the table itself hands the keyboard back
            if (event.getCode() == KeyCode.ESCAPE && event.getTarget() == table && table.getEditingCell() == null
                    && !event.isShiftDown() && !event.isShortcutDown() && !event.isAltDown()) {
                findBar.focusFilter();
                event.consume();
            }
        });
    }

    /** The window-wide keys, as accelerators of the window's scene. */
    static void installAccelerators(Scene scene, FindBar findBar) {
        scene.getAccelerators().put(Shortcuts.FOCUS_FILTER, findBar::focusFilter);
        QUICK_FILTERS.forEach((key, id) -> scene.getAccelerators().put(key, () -> findBar.focusQuickFilter(id)));
    }

    /**
     * Focuses the table on its first row, selected; the focused column stays where it was (else the first
     * shown), so the arrow keys and typing go on from there.
     */
    private static void goToResults(TableView<ProfileProperty> table) {
        if (table.getItems().isEmpty()) return;
        List<TableColumn<ProfileProperty, ?>> columns = table.getVisibleLeafColumns();
        TablePosition<ProfileProperty, ?> focused = table.getFocusModel().getFocusedCell();
        TableColumn<ProfileProperty, ?> column = focused != null && columns.contains(focused.getTableColumn())
                ? focused.getTableColumn() : columns.isEmpty() ? null : columns.get(0);
        table.requestFocus();
        table.getSelectionModel().clearAndSelect(0, column);
        table.getFocusModel().focus(0, column);
        GridNavigation.scrollIntoView(table, 0);
    }
}
