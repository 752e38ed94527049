package dev.hoodadmin.ui.table;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import javafx.scene.control.CheckBox;

/**
 * An updatable 0/1 field in the grid, shown as Yes or No. Editing shows a check box: ticking it (click or
 * Space) saves at once; Enter saves as is, Esc cancels, Tab moves on (see {@link EditableCell}).
 */
public final class EditableFlagCell extends EditableCell<Boolean, CheckBox> {
    public static final String STYLE_CLASS = "editable-flag-cell";
    public static final String EDITOR_ID = "cellFlagEditor";

    EditableFlagCell(UpdatableField field, CellEditContext context) {
        super(field, context);
        getStyleClass().addAll("flag-cell", STYLE_CLASS);
    }

    @Override
    protected void openEditor(ProfileProperty row) {
        EditStart.takeTyped(getTableView()); // typing has no meaning for a check box
        if (!beginEdit()) return;
        CheckBox box = new CheckBox();
        box.setId(EDITOR_ID);
        box.setAccessibleText(getTableColumn().getText());
        box.setSelected("1".equals(shownValue(row)));
        box.setOnAction(event -> commitEdit(box.isSelected()));
        showEditor(box);
    }

    @Override
    protected boolean commitEditor() {
        CheckBox box = editor();
        if (box == null) return false;
        commitEdit(box.isSelected());
        return true;
    }

    @Override
    protected String displayText(String value) {
        return value == null ? "" : Texts.get("1".equals(value) ? "common.yes" : "common.no");
    }

    @Override
    protected void styleValue(String value) {
        pseudoClassStateChanged(Pseudo.YES, "1".equals(value));
    }
}
