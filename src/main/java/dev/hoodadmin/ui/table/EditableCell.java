package dev.hoodadmin.ui.table;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.EditError;
import dev.hoodadmin.ui.edits.RowEditState;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyEvent;

import java.util.Optional;

/**
 * What every editing cell of an updatable field shares: the unsent value overlaid on the server's (highlighted,
 * or marked red with the server's message), system rows locked (editing them is refused), and the editor's
 * keys — Enter saves, Esc cancels, Tab saves and moves to the next editable cell. Subclasses say how the
 * value reads and which editor changes it.
 *
 * @param <T> the column's value type
 * @param <E> the in-place editor
 */
abstract class EditableCell<T, E extends Control> extends TableCell<ProfileProperty, T> {
    private final UpdatableField field;
    private final CellEditContext context;
    private final CellTooltip tooltip = new CellTooltip(this);
    private final ChangeListener<Number> onEditsChanged = (obs, old, now) -> render();
    private E editor;

    EditableCell(UpdatableField field, CellEditContext context) {
        this.field = field;
        this.context = context;
        // weak: cells come and go with scrolling, the edits outlive them
        context.edits().revisionProperty().addListener(new WeakChangeListener<>(onEditsChanged));
    }

    /** Opens the editor on a row that may be edited; call {@link #beginEdit()} and then {@link #showEditor}. */
    protected abstract void openEditor(ProfileProperty row);

    /** Saves what the editor holds unless it breaks a rule; true if saved. */
    protected abstract boolean commitEditor();

    /** The value as the cell shows it (the value is text, "0"/"1" for flags, or null). */
    protected abstract String displayText(String value);

    /** The value as a screen reader says it. */
    protected String spokenText(String value) {
        return displayText(value);
    }

    /** The tooltip when the field has no error; null for none. */
    protected String tooltipText(String value) {
        return null;
    }

    /** Styles that depend on the value; called with null when the cell is empty. */
    protected void styleValue(String value) {
    }

    @Override
    protected final void updateItem(T value, boolean empty) {
        super.updateItem(value, empty);
        ProfileProperty row = row();
        setEditable(row != null && !row.isSystem());
        if (!isEditing()) render();
    }

    @Override
    public final void startEdit() {
        ProfileProperty row = row();
        if (row == null || row.isSystem()) {
            refuseEdit();
            return;
        }
        openEditor(row);
    }

    @Override
    public final void cancelEdit() {
        super.cancelEdit();
        editor = null;
        render();
    }

    @Override
    public final void commitEdit(T value) {
        super.commitEdit(value);
        editor = null;
        render();
    }

    /** Starts the table's edit of this cell; false if the table did not let it start. */
    protected final boolean beginEdit() {
        super.startEdit();
        return isEditing();
    }

    /** Leaves the cell as it is: the table forgets the edit it asked for. */
    protected final void refuseEdit() {
        GridNavigation.dropRefusedEdit(getTableView(), getIndex(), getTableColumn());
    }

    /** Puts the editor in the cell with the keyboard in it. */
    protected final void showEditor(E newEditor) {
        editor = newEditor;
        newEditor.addEventFilter(KeyEvent.KEY_PRESSED, this::onEditorKey);
        setText(null);
        setGraphic(newEditor);
        newEditor.requestFocus();
    }

    /** The open editor; null while not editing. */
    protected final E editor() {
        return editor;
    }

    protected final UpdatableField field() {
        return field;
    }

    protected final CellEditContext context() {
        return context;
    }

    /** The unsent value of the field if there is one, else the server's. */
    protected final String shownValue(ProfileProperty row) {
        return state(row).valueOr(field, row.valueOf(field));
    }

    private void onEditorKey(KeyEvent event) {
        switch (event.getCode()) {
            case ENTER -> {
                var table = getTableView();
                // the editor leaves the scene with the commit: without this the keyboard would fall to the filter box
                if (commitEditor() && table != null) table.requestFocus();
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
                if (commitEditor()) GridNavigation.editNext(table, index, column, !event.isShiftDown());
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
            tooltip.show(null);
            setAccessibleText(null);
            pseudoClassStateChanged(EditPseudo.CHANGED, false);
            pseudoClassStateChanged(EditPseudo.ERROR, false);
            styleValue(null);
            return;
        }
        if (isEditing()) return;
        RowEditState state = state(row);
        String value = state.valueOr(field, row.valueOf(field));
        setGraphic(null);
        setText(displayText(value));
        boolean changed = state.changes(field);
        Optional<EditError> error = state.errorOn(field);
        styleValue(value);
        pseudoClassStateChanged(EditPseudo.CHANGED, changed && error.isEmpty());
        pseudoClassStateChanged(EditPseudo.ERROR, error.isPresent());
        String tip = error.map(EditError::summary).orElse(tooltipText(value));
        tooltip.show(tip);
        String spoken = spokenText(value);
        setAccessibleText(error.isPresent() ? Texts.get("table.cell.error.accessible", spoken, tip)
                : changed ? Texts.get("table.cell.changed.accessible", spoken) : spoken);
    }

    private ProfileProperty row() {
        return isEmpty() || getTableRow() == null ? null : getTableRow().getItem();
    }

    private RowEditState state(ProfileProperty row) {
        return context.edits().row(row.id());
    }
}
