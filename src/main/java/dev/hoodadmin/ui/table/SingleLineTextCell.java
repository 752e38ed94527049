package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** Free text on one line, cut with an ellipsis; the full text is in the tooltip. */
final class SingleLineTextCell extends TableCell<ProfileProperty, String> {

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
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        setText(PropertyText.singleLine(value));
        setAccessibleText(value);
        Tooltip tooltip = new Tooltip(value);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        setTooltip(tooltip);
    }
}
