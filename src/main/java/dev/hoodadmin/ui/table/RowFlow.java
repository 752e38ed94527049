package dev.hoodadmin.ui.table;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The table's scrolling part, applying CSS to a row only when it shows another row than before. JavaFX's flow
 * applies CSS to every row that still waits for its layout each time it lays the rows out, and after the rows are
 * replaced it lays them out two or three times before they are laid out themselves (once when the row count
 * changes, once in the layout pass, once more after scrolling back to the person's place): each row's CSS ran
 * that many times per keystroke, most of the JavaFX thread's time at 100,000 rows. A row that keeps its index and
 * its item had its CSS applied when it got them, so it is not applied again.
 */
final class RowFlow<T extends IndexedCell<?>> extends VirtualFlow<T> {
    /** The key JavaFX's flow marks a cell it has just created with (its package-private {@code NEW_CELL}). */
    private static final String NEW_CELL = "newcell";

    @Override
    protected void setCellIndex(T cell, int index) {
        int oldIndex = cell.getIndex();
        Object oldItem = cell.getItem();
        boolean created = cell.getProperties().containsKey(NEW_CELL);
        if (!created && oldIndex == index && oldIndex >= 0) {
            cell.updateIndex(index);
            if (cell.getItem() == oldItem) return;
        }
        super.setCellIndex(cell, index);
    }
}
