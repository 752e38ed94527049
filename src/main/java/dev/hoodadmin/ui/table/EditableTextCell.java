package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ui.edits.FieldRules;
import dev.hoodadmin.ui.edits.RowEditState;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;

import java.util.Optional;

/**
 * An updatable text field in the grid. Shows the unsent value when there is one (highlighted, or marked
 * red with the server's message), and edits in place: Enter saves, Esc cancels, Tab saves and moves to the
 * next editable cell. A value that breaks a rule stays in the editor with the reason; text with line breaks
 * opens in the detail pane instead, where they survive.
 */
public final class EditableTextCell extends TableCell<ProfileProperty, String> {
    public static final String STYLE_CLASS = "editable-text-cell";
    public static final String EDITOR_ID = "cellEditor";

    private final UpdatableField field;
    private final CellEditContext context;
    private final ChangeListener<Number> onEditsChanged = (obs, old, now) -> render();
    private TextField editor;

    EditableTextCell(UpdatableField field, CellEditContext context) {
        this.field = field;
        this.context = context;
        setWrapText(false);
        setTextOverrun(OverrunStyle.ELLIPSIS);
        getStyleClass().addAll("single-line-cell", STYLE_CLASS);
        context.edits().revisionProperty().addListener(new WeakChangeListener<>(onEditsChanged));
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        ProfileProperty row = row();
        setEditable(row != null && !row.isSystem());
        if (!isEditing()) render();
    }

    @Override
    public void startEdit() {
        ProfileProperty row = row();
        if (row == null || row.isSystem()) {
            GridNavigation.dropRefusedEdit(getTableView(), getIndex(), getTableColumn());
            return;
        }
        String typed = EditStart.takeTyped(getTableView());
        String current = state(row).valueOr(field, row.valueOf(field));
        if (typed == null && current != null && current.matches("(?s).*[\\r\\n\\t].*")) {
            GridNavigation.dropRefusedEdit(getTableView(), getIndex(), getTableColumn());
            context.editElsewhere().open(row, field); // a one-line editor would flatten the line breaks
            return;
        }
        super.startEdit();
        if (!isEditing()) return;
        editor = new TextField(typed != null ? typed : current == null ? "" : current);
        editor.setId(EDITOR_ID);
        editor.setAccessibleText("Edit " + getTableColumn().getText());
        editor.textProperty().addListener((obs, old, text) -> validate(text));
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::onEditorKey);
        validate(editor.getText());
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
        if (typed != null) editor.end();
        else editor.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        render();
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        editor = null;
        render();
    }

    private void onEditorKey(KeyEvent event) {
        switch (event.getCode()) {
            case ENTER -> {
                tryCommit();
                event.consume();
            }
            case ESCAPE -> {
                cancelEdit();
                getTableView().requestFocus();
                event.consume();
            }
            case TAB -> {
                int index = getIndex();
                var column = getTableColumn();
                var table = getTableView();
                if (tryCommit()) GridNavigation.editNext(table, index, column, !event.isShiftDown());
                event.consume();
            }
            default -> { }
        }
    }

    /** Saves the editor's text unless it breaks a rule; true if saved. */
    private boolean tryCommit() {
        if (editor == null) return false;
        String text = editor.getText();
        if (FieldRules.problem(field, text).isPresent()) return false;
        commitEdit(text);
        return true;
    }

    private void validate(String text) {
        Optional<String> problem = FieldRules.problem(field, text);
        editor.pseudoClassStateChanged(EditPseudo.INVALID, problem.isPresent());
        editor.setTooltip(problem.map(Tooltip::new).orElse(null));
        editor.setAccessibleHelp(problem.orElse(null));
    }

    private void render() {
        ProfileProperty row = row();
        if (isEmpty() || row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            pseudoClassStateChanged(EditPseudo.CHANGED, false);
            pseudoClassStateChanged(EditPseudo.ERROR, false);
            return;
        }
        if (isEditing()) return;
        RowEditState state = state(row);
        String shown = state.valueOr(field, row.valueOf(field));
        setGraphic(null);
        setText(PropertyText.singleLine(shown));
        boolean changed = state.changes(field);
        var error = state.errorOn(field);
        pseudoClassStateChanged(EditPseudo.CHANGED, changed && error.isEmpty());
        pseudoClassStateChanged(EditPseudo.ERROR, error.isPresent());
        String tip = error.map(e -> e.summary()).orElse(shown == null || shown.isBlank() ? null : shown);
        CellTooltips.set(this, tip);
        setAccessibleText(error.isPresent() ? shown + ". Error: " + tip : changed ? shown + " (changed, not sent yet)" : shown);
    }

    private ProfileProperty row() {
        return isEmpty() || getTableRow() == null ? null : getTableRow().getItem();
    }

    private RowEditState state(ProfileProperty row) {
        return context.edits().row(row.id());
    }
}
