package dev.hoodadmin.ui.table;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The table's scrolling part, running the CSS of its rows less often than JavaFX's flow, which applies the CSS of
 * a whole row (every cell and text in it) each time it gives the row a property and again each time it lays the
 * row out before the row's own layout: after a filter or sort result, two or three times per visible row, most
 * of the JavaFX thread's time per keystroke at 100,000 rows.
 * <ul>
 * <li>A row that keeps its index and its property had its CSS applied when it got them: not applied again.</li>
 * <li>Rows filled outside a pulse ({@link #fillOutsidePulse}) leave their CSS to the scene's next pulse, whose CSS
 * pass runs before its layout and before anything is drawn, and handles only what changed (a pseudo-class, a new
 * graphic), not every node of every row. (Within a pulse, as when scrolling, the rows are filled after that CSS
 * pass, so they apply their CSS at once as JavaFX does.)</li>
 * </ul>
 */
final class RowFlow<T extends IndexedCell<?>> extends VirtualFlow<T> {
    /** The key JavaFX's flow marks a cell it has just created with (its package-private {@code NEW_CELL}). */
    private static final String NEW_CELL = "newcell";
    private boolean outsidePulse;

    /** Runs {@code fill}, which gives rows new properties outside a pulse (a filter or sort result arriving). */
    void fillOutsidePulse(Runnable fill) {
        boolean was = outsidePulse;
        outsidePulse = true;
        try {
            fill.run();
        } finally {
            outsidePulse = was;
        }
    }

    @Override
    protected void setCellIndex(T cell, int index) {
        if (outsidePulse && !cell.getProperties().containsKey(NEW_CELL)) {
            cell.updateIndex(index);
            return;
        }
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
