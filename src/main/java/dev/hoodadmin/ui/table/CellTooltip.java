package dev.hoodadmin.ui.table;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * A table cell's tooltip: long texts wrap; none when there is nothing to say. The cell keeps one {@link Tooltip},
 * made on first need and given the text of each row the cell shows next: making a tooltip costs a popup window,
 * a scene and its CSS, and cells are reused for other rows on every scroll, filter and sort (in a 100,000-row
 * benchmark run it took a third of the JavaFX thread's samples).
 */
final class CellTooltip {
    private final Control cell;
    private Tooltip tooltip;

    CellTooltip(Control cell) {
        this.cell = cell;
    }

    void show(String text) {
        if (tooltip != null && tooltip.isShowing() && !tooltip.getText().equals(text)) {
            tooltip.hide(); // it said something about the row the cell showed before
        }
        if (text == null || text.isBlank()) {
            cell.setTooltip(null);
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
        }
        tooltip.setText(text);
        if (cell.getTooltip() != tooltip) cell.setTooltip(tooltip);
    }
}
