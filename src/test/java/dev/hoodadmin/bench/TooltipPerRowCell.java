package dev.hoodadmin.bench;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.table.PropertyText;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * The benchmark's "before": a one-line text cell as the table had it until a cell kept one tooltip, making a new
 * {@link Tooltip} (a popup window with its own scene and CSS) every time it shows another row.
 */
final class TooltipPerRowCell extends TableCell<ProfileProperty, String> {
    TooltipPerRowCell() {
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
            return;
        }
        setText(PropertyText.singleLine(value));
        Tooltip tooltip = new Tooltip(value);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        setTooltip(tooltip);
    }
}
