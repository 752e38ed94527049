package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ui.edits.RowEditState;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyEvent;

/**
 * An updatable 0/1 field in the grid, shown as Yes or No (the unsent value when there is one). Editing shows
 * a check box: ticking it (click or Space) saves at once, Enter saves as is, Esc cancels, Tab moves on.
 */
public final class EditableFlagCell extends TableCell<ProfileProperty, Boolean> {
    public static final String STYLE_CLASS = "editable-flag-cell";
    public static final String EDITOR_ID = "cellFlagEditor";

    private final UpdatableField field;
    private final CellEditContext context;
    private final ChangeListener<Number> onEditsChanged = (obs, old, now) -> render();
    private CheckBox editor;

    EditableFlagCell(UpdatableField field, CellEditContext context) {
        this.field = field;
        this.context = context;
        getStyleClass().addAll("flag-cell", STYLE_CLASS);
        context.edits().revisionProperty().addListener(new WeakChangeListener<>(onEditsChanged));
    }

    @Override
    protected void updateItem(Boolean value, boolean empty) {
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
        EditStart.takeTyped(getTableView()); // typing has no meaning for a check box
        super.startEdit();
        if (!isEditing()) return;
        editor = new CheckBox();
        editor.setId(EDITOR_ID);
        editor.setAccessibleText(getTableColumn().getText());
        editor.setSelected("1".equals(shownValue(row)));
        editor.setOnAction(event -> commitEdit(editor.isSelected()));
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::onEditorKey);
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        render();
    }

    @Override
    public void commitEdit(Boolean value) {
        super.commitEdit(value);
        editor = null;
        render();
    }

    private void onEditorKey(KeyEvent event) {
        switch (event.getCode()) {
            case ENTER -> {
                commitEdit(editor.isSelected());
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
                commitEdit(editor.isSelected());
                GridNavigation.editNext(table, index, column, !event.isShiftDown());
                event.consume();
            }
            default -> { }
        }
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
            pseudoClassStateChanged(Pseudo.YES, false);
            return;
        }
        if (isEditing()) return;
        RowEditState state = context.edits().row(row.id());
        String value = shownValue(row);
        String text = value == null ? "" : "1".equals(value) ? "Yes" : "No";
        setGraphic(null);
        setText(text);
        boolean changed = state.changes(field);
        var error = state.errorOn(field);
        pseudoClassStateChanged(Pseudo.YES, "1".equals(value));
        pseudoClassStateChanged(EditPseudo.CHANGED, changed && error.isEmpty());
        pseudoClassStateChanged(EditPseudo.ERROR, error.isPresent());
        CellTooltips.set(this, error.map(e -> e.summary()).orElse(null));
        setAccessibleText(error.isPresent() ? text + ". Error: " + error.get().summary()
                : changed ? text + " (changed, not sent yet)" : text);
    }

    private String shownValue(ProfileProperty row) {
        return context.edits().row(row.id()).valueOr(field, row.valueOf(field));
    }

    private ProfileProperty row() {
        return isEmpty() || getTableRow() == null ? null : getTableRow().getItem();
    }
}
