package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.ui.main.MainWindow;
import dev.hoodadmin.ui.menu.AppMenuBar;
import dev.hoodadmin.ui.menu.Shortcuts;
import dev.hoodadmin.ui.queue.QueuePanel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;

import java.util.List;

/**
 * The editor's commands in the window's menus, each with its shortcut: Edit → Save, Revert, Bulk edit…;
 * View → Show edits queue. An item is disabled whenever its button would be, so a shortcut can do nothing
 * the buttons could not (no save on a system property, on an invalid draft or without changes).
 */
final class EditorMenus {
    static final String SAVE_ID = "saveItem";
    static final String REVERT_ID = "revertItem";
    static final String BULK_EDIT_ID = "bulkEditItem";
    static final String SHOW_QUEUE_ID = "showQueueItem";

    private EditorMenus() {
    }

    /** @param bulkEdit opens bulk edit for the selected rows; offered while more than one row is selected */
    static void install(MainWindow window, DetailViewModel detail, ObservableIntegerValue selectedRows,
                        Runnable bulkEdit, QueuePanel queue) {
        MenuItem save = AppMenuBar.item(SAVE_ID, Texts.get("menu.edit.save"), Shortcuts.SAVE, detail::save);
        save.disableProperty().bind(detail.canSaveProperty().not());
        MenuItem revert = AppMenuBar.item(REVERT_ID, Texts.get("menu.edit.revert"), Shortcuts.REVERT, detail::revert);
        revert.disableProperty().bind(detail.canRevertProperty().not());
        MenuItem bulk = AppMenuBar.item(BULK_EDIT_ID, Texts.get("menu.edit.bulkEdit"), Shortcuts.BULK_EDIT, bulkEdit);
        bulk.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedRows.get() < 2, selectedRows));
        window.addMenuSection(AppMenuBar.EDIT_ID, List.of(save, revert, bulk));
        window.addMenuSection(AppMenuBar.VIEW_ID, List.of(showQueue(window, queue)));
    }

    static final String UNDO_ID = "undoItem";
    static final String REDO_ID = "redoItem";
    static final String HISTORY_ID = "historyItem";

    /** Edit → Undo, Redo; View → History. */
    static void installUndo(MainWindow window, UndoRedo undoRedo, HistoryView history) {
        MenuItem undo = AppMenuBar.item(UNDO_ID, Texts.get("menu.edit.undo"), Shortcuts.UNDO, undoRedo::undo);
        undo.disableProperty().bind(undoRedo.canUndoProperty().not());
        MenuItem redo = AppMenuBar.item(REDO_ID, Texts.get("menu.edit.redo"), Shortcuts.REDO, undoRedo::redo);
        redo.disableProperty().bind(undoRedo.canRedoProperty().not());
        window.addMenuSection(AppMenuBar.EDIT_ID, List.of(undo, redo));
        MenuItem show = AppMenuBar.item(HISTORY_ID, Texts.get("menu.view.history"), Shortcuts.HISTORY,
                () -> history.show(window.table().getScene().getWindow()));
        window.addMenuSection(AppMenuBar.VIEW_ID, List.of(show));
    }

    /** Ticked while the queue panel is open; opening it puts the keyboard in its list, closing it back in the table. */
    private static CheckMenuItem showQueue(MainWindow window, QueuePanel queue) {
        CheckMenuItem item = new CheckMenuItem(Texts.get("menu.view.showQueue"));
        item.setId(SHOW_QUEUE_ID);
        item.setAccelerator(Shortcuts.SHOW_QUEUE);
        item.selectedProperty().bindBidirectional(queue.expandedProperty());
        item.setOnAction(event -> {
            if (queue.isExpanded()) queue.focusList();
            else window.table().requestFocus();
        });
        return item;
    }
}
