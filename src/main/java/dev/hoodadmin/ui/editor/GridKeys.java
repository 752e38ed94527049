package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.table.EditStart;
import dev.hoodadmin.ui.table.EditableColumns;
import dev.hoodadmin.ui.table.GridNavigation;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The grid's keyboard: Enter or F2 edits the focused cell, typing starts editing with the typed character,
 * Ctrl+V pastes. On a system property they do nothing but say why. Arrow keys keep the table's own moves;
 * an open cell editor handles its own keys (Enter, Esc, Tab).
 */
final class GridKeys {
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final TableView<ProfileProperty> table;
    private final EditorViewModel editor;
    private final PasteHandler paste;

    private GridKeys(TableView<ProfileProperty> table, EditorViewModel editor, PasteHandler paste) {
        this.table = table;
        this.editor = editor;
        this.paste = paste;
    }

    static void install(TableView<ProfileProperty> table, EditorViewModel editor, PasteHandler paste) {
        GridKeys keys = new GridKeys(table, editor, paste);
        table.addEventFilter(KeyEvent.KEY_PRESSED, keys::onPressed);
        table.addEventFilter(KeyEvent.KEY_TYPED, keys::onTyped);
    }

    private void onPressed(KeyEvent event) {
        if (event.getTarget() != table) return; // a cell editor has the keyboard
        if (PASTE.match(event)) {
            paste.pasteClipboard();
            event.consume();
        } else if ((event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2) && noModifier(event)) {
            startEdit(null);
            event.consume();
        }
    }

    private void onTyped(KeyEvent event) {
        if (event.getTarget() != table || !noModifier(event)) return;
        String typed = event.getCharacter();
        if (typed.isEmpty() || Character.isISOControl(typed.charAt(0)) || typed.equals(" ")) return;
        if (startEdit(typed)) event.consume();
    }

    /** Opens the focused cell's editor; false when the cell is not one to type into. */
    private boolean startEdit(String typed) {
        TablePosition<ProfileProperty, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getRow() >= table.getItems().size()) return false;
        TableColumn<ProfileProperty, ?> column = focused.getTableColumn();
        var field = EditableColumns.fieldOf(column);
        if (field.isEmpty()) return false;
        if (table.getItems().get(focused.getRow()).isSystem()) {
            editor.notify(Texts.get("editor.systemLocked.sentence"));
            return true;
        }
        if (typed != null && field.get().isFlag()) return false;
        if (!GridNavigation.isEditable(table, focused.getRow(), column)) return false;
        if (typed != null) EditStart.withTyped(table, typed);
        table.edit(focused.getRow(), column);
        return true;
    }

    private static boolean noModifier(KeyEvent event) {
        return !event.isShortcutDown() && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown();
    }
}
