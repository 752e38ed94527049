package dev.hoodadmin.ui.table;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The table's scrolling part, running the CSS of its rows less often than JavaFX's flow, which applies the CSS of
 * a whole row (every cell and text in it) each time it gives the row a property and again each time it lays the
 * row out before the row's own layout: after a filter or sort result, two or three times per visible row, most
 * of the JavaFX thread's time per keystroke at 100,000 rows. JavaFX does it so a row's height is known at once;
 * rows here have one fixed height, so:
 * <ul>
 * <li>A row that keeps its index and its property had its CSS applied when it got them: not applied again.</li>
 * <li>Rows filled outside a pulse (a filter or sort result, an applied edit, a scroll by the wheel) leave their
 * CSS to the scene's next pulse, whose CSS pass runs before its layout and before anything is drawn, and handles
 * only what changed (a pseudo-class, a new graphic), not every node of every row. Within a pulse, after that
 * CSS pass, rows apply their CSS at once as JavaFX does.</li>
 * </ul>
 */
final class RowFlow<T extends IndexedCell<?>> extends VirtualFlow<T> {
    /** The key JavaFX's flow marks a cell it has just created with (its package-private {@code NEW_CELL}). */
    private static final String NEW_CELL = "newcell";
    /** True from the start of a pulse of this flow's scene (before its CSS pass) to the end of its layout pass. */
    private boolean inPulse;
    private final Runnable pulseStarts = () -> inPulse = true;
    private final Runnable pulseEnds = () -> inPulse = false;

    RowFlow() {
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(pulseStarts);
                old.removePostLayoutPulseListener(pulseEnds);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(pulseStarts);
                now.addPostLayoutPulseListener(pulseEnds);
            }
            inPulse = false;
        });
    }

    @Override
    protected void setCellIndex(T cell, int index) {
        boolean created = cell.getProperties().containsKey(NEW_CELL);
        if (!created && !inPulse && getFixedCellSize() > 0) {
            cell.updateIndex(index);
            return;
        }
        int oldIndex = cell.getIndex();
        Object oldItem = cell.getItem();
        if (!created && oldIndex == index && oldIndex >= 0) {
            cell.updateIndex(index);
            if (cell.getItem() == oldItem) return;
        }
        super.setCellIndex(cell, index);
    }
}
