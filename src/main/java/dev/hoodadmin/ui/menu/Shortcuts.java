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
    public static final KeyCombination ABOUT = new KeyCodeCombination(KeyCode.F1);
    public static final KeyCombination LOG_FOLDER = new KeyCodeCombination(KeyCode.O,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** Clears the filter box while it has the focus (not a window-wide shortcut). */
    public static final KeyCombination CLEAR_FILTER = new KeyCodeCombination(KeyCode.ESCAPE);

    private Shortcuts() {
    }

    /** "Refresh (F5)": a tooltip or accessible text that names the shortcut as this platform writes it. */
    public static String withShortcut(String action, KeyCombination shortcut) {
        return action + " (" + shortcut.getDisplayText() + ")";
    }
}
