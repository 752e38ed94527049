package dev.hoodadmin.ui.menu;

import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * What the Help menu does; the app wires these to {@code dev.hoodadmin.ui.about}. Each callback gets
 * the main window (to own a dialog) and runs on the JavaFX thread. A null callback leaves its item
 * out: the menu offers nothing that does not work.
 */
public record HelpActions(Consumer<Window> showAbout, Consumer<Window> openLogFolder) {

    /** No Help items, e.g. in tests of other parts of the window. */
    public static final HelpActions NONE = new HelpActions(null, null);

    public boolean isEmpty() {
        return showAbout == null && openLogFolder == null;
    }
}
