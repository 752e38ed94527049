package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;

/** Free text on one line, cut with an ellipsis; the full text is in the tooltip. */
final class SingleLineTextCell extends TableCell<ProfileProperty, String> {
    private final CellTooltip tooltip = new CellTooltip(this);

    SingleLineTextCell() {
        setWrapText(false);
        setTextOverrun(OverrunStyle.ELLIPSIS);
        getStyleClass().add("single-line-cell");
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        if (empty || value == null || value.isBlank()) {
            setText(null);
            tooltip.show(null);
            setAccessibleText(null);
            return;
        }
        setText(PropertyText.singleLine(value));
        setAccessibleText(value);
        tooltip.show(value);
    }
}
