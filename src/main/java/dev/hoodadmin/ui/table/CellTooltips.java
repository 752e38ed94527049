package dev.hoodadmin.ui.table;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/** Tooltips for cells: long texts wrap; none when there is nothing to say; unchanged ones are kept. */
final class CellTooltips {
    private CellTooltips() {
    }

    static void set(Control cell, String text) {
        if (text == null || text.isBlank()) {
            cell.setTooltip(null);
            return;
        }
        Tooltip current = cell.getTooltip();
        if (current != null && text.equals(current.getText())) return;
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        cell.setTooltip(tooltip);
    }
}
