package dev.hoodadmin.ui.menu;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the main window in one place, so menus, tooltips and tests agree.
 * "Shortcut" is Ctrl, or Cmd on macOS.
 */
public final class Shortcuts {
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    public static final KeyCombination RELOAD = new KeyCodeCombination(KeyCode.R,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination THEME_LIGHT = new KeyCodeCombination(KeyCode.L,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination THEME_DARK = new KeyCodeCombination(KeyCode.D,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination THEME_SYSTEM = new KeyCodeCombination(KeyCode.S,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** File → New property…: opens the form for a new custom property. */
    public static final KeyCombination NEW_PROPERTY = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    /** File → Import changes…: a CSV file of changes, previewed before anything is queued. */
    public static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    /** File → Export…: all or the filtered rows to CSV or JSON. */
    public static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination ABOUT = new KeyCodeCombination(KeyCode.F1);
    public static final KeyCombination LOG_FOLDER = new KeyCodeCombination(KeyCode.O,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** Edit → Save: queues the detail pane's changes. */
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    /**
     * Edit → Revert: drops the selected property's unsent changes. Not Shift+Z: text boxes take that for
     * redo on Linux and macOS, so it would not reach Revert while typing in the detail pane.
     */
    public static final KeyCombination REVERT = new KeyCodeCombination(KeyCode.BACK_SPACE,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination BULK_EDIT = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
    /** Edit → Undo / Redo: the last action (a cell, a save, a paste, a bulk edit) as one step. */
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** View → History: the account's change journal. */
    public static final KeyCombination HISTORY = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    /** View → Show edits queue: opens the queue panel with the keyboard in its list, or closes it. */
    public static final KeyCombination SHOW_QUEUE = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    /** Keys of the queue panel's list (not window-wide), for the selected edit. */
    public static final KeyCombination RETRY_EDIT = new KeyCodeCombination(KeyCode.F9);
    public static final KeyCombination DISCARD_EDIT = new KeyCodeCombination(KeyCode.DELETE);
    public static final KeyCombination EDIT_AGAIN = new KeyCodeCombination(KeyCode.ENTER);
    public static final KeyCombination CLEAR_APPLIED = new KeyCodeCombination(KeyCode.DELETE,
            KeyCombination.SHORTCUT_DOWN);
    /** Puts the keyboard in the filter box from anywhere in the window, as a browser's address bar. */
    public static final KeyCombination FOCUS_FILTER = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    /**
     * Alt+letter to each quick filter: the letter of its name that no menu (File, Edit, View, Help) uses.
     * Kind, data Type, PI data, Importable, eXportable.
     */
    public static final KeyCombination KIND_FILTER = new KeyCodeCombination(KeyCode.K, KeyCombination.ALT_DOWN);
    public static final KeyCombination DATA_TYPE_FILTER = new KeyCodeCombination(KeyCode.T, KeyCombination.ALT_DOWN);
    public static final KeyCombination PI_DATA_FILTER = new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN);
    public static final KeyCombination IMPORTABLE_FILTER = new KeyCodeCombination(KeyCode.I, KeyCombination.ALT_DOWN);
    public static final KeyCombination EXPORTABLE_FILTER = new KeyCodeCombination(KeyCode.X, KeyCombination.ALT_DOWN);
    /** From the table to the detail pane's first field, and back (the usual keys for "next / previous pane"). */
    public static final KeyCombination NEXT_PANE = new KeyCodeCombination(KeyCode.F6);
    public static final KeyCombination PREVIOUS_PANE = new KeyCodeCombination(KeyCode.F6, KeyCombination.SHIFT_DOWN);
    /** Clears the filter box while it has the focus (not a window-wide shortcut). */
    public static final KeyCombination CLEAR_FILTER = new KeyCodeCombination(KeyCode.ESCAPE);

    private Shortcuts() {
    }

    /** "Refresh (F5)": a tooltip or accessible text that names the shortcut as this platform writes it. */
    public static String withShortcut(String action, KeyCombination shortcut) {
        return action + " (" + text(shortcut) + ")";
    }

    /** The shortcut as this platform writes it, with Enter and Backspace spelled out (JavaFX writes "↵", "Back Space"). */
    public static String text(KeyCombination shortcut) {
        return shortcut.getDisplayText().replace("\u21b5", "Enter").replace("Back Space", "Backspace");
    }
}
