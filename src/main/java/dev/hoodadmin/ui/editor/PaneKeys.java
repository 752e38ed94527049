package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.menu.Shortcuts;
import dev.hoodadmin.ui.text.Texts;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;

/**
 * F6 from the table puts the keyboard in the detail pane's first field, Shift+F6 from the pane brings it back to
 * the table's focused cell. On a system property the fields are locked: F6 says why instead of going nowhere.
 */
final class PaneKeys {
    private PaneKeys() {
    }

    static void install(TableView<ProfileProperty> table, DetailPane pane, DetailViewModel detail, EditorViewModel editor) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            // a cell editor open in the table keeps its keys
            if (!Shortcuts.NEXT_PANE.match(event) || table.getEditingCell() != null) return;
            event.consume();
            if (detail.rowProperty().get() == null) return;
            if (detail.lockedProperty().get()) {
                editor.notify(Texts.get("editor.systemLocked.sentence"));
            } else {
                pane.focusFirstField();
            }
        });
        pane.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!Shortcuts.PREVIOUS_PANE.match(event)) return;
            event.consume();
            table.requestFocus();
        });
    }
}
