package dev.hoodadmin.ui.table;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ui.edits.FieldRules;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

import java.util.Optional;

/**
 * An updatable text field in the grid, on one line with the full text in the tooltip. Edits in place (see
 * {@link EditableCell} for the keys); typing on the cell starts the editor with what was typed. A value that
 * breaks a rule stays in the editor with the reason; text with line breaks opens in the detail pane instead,
 * where they survive.
 */
public final class EditableTextCell extends EditableCell<String, TextField> {
    public static final String STYLE_CLASS = "editable-text-cell";
    public static final String EDITOR_ID = "cellEditor";

    EditableTextCell(UpdatableField field, CellEditContext context) {
        super(field, context);
        setWrapText(false);
        setTextOverrun(OverrunStyle.ELLIPSIS);
        getStyleClass().addAll("single-line-cell", STYLE_CLASS);
    }

    @Override
    protected void openEditor(ProfileProperty row) {
        String typed = EditStart.takeTyped(getTableView());
        String current = shownValue(row);
        if (typed == null && current != null && current.matches("(?s).*[\\r\\n\\t].*")) {
            refuseEdit();
            context().editElsewhere().open(row, field()); // a one-line editor would flatten the line breaks
            return;
        }
        if (!beginEdit()) return;
        TextField editor = new TextField(typed != null ? typed : current == null ? "" : current);
        editor.setId(EDITOR_ID);
        editor.setAccessibleText(Texts.get("table.cell.edit.accessible", getTableColumn().getText()));
        editor.textProperty().addListener((obs, old, text) -> validate(editor, text));
        validate(editor, editor.getText());
        showEditor(editor);
        if (typed != null) editor.end();
        else editor.selectAll();
    }

    @Override
    protected boolean commitEditor() {
        TextField editor = editor();
        if (editor == null) return false;
        String text = editor.getText();
        if (FieldRules.problem(field(), text).isPresent()) return false;
        commitEdit(text);
        return true;
    }

    @Override
    protected String displayText(String value) {
        return PropertyText.singleLine(value);
    }

    /** The whole text, line breaks and all. */
    @Override
    protected String spokenText(String value) {
        return value;
    }

    @Override
    protected String tooltipText(String value) {
        return value;
    }

    private void validate(TextField editor, String text) {
        Optional<String> problem = FieldRules.problem(field(), text);
        editor.pseudoClassStateChanged(EditPseudo.INVALID, problem.isPresent());
        editor.setTooltip(problem.map(Tooltip::new).orElse(null));
        editor.setAccessibleHelp(problem.orElse(null));
    }
}
