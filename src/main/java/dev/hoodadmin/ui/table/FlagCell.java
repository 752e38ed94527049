package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import javafx.scene.control.TableCell;

/** A 0/1 field as Yes or No; unknown (null) stays empty rather than pretending "No". */
final class FlagCell extends TableCell<ProfileProperty, Boolean> {

    FlagCell() {
        getStyleClass().add("flag-cell");
    }

    @Override
    protected void updateItem(Boolean value, boolean empty) {
        super.updateItem(value, empty);
        String text = empty ? "" : PropertyText.flag(value);
        setText(text);
        setAccessibleText(text);
        pseudoClassStateChanged(Pseudo.YES, !empty && Boolean.TRUE.equals(value));
    }
}
