package dev.hoodadmin.ui.table;

import javafx.scene.control.TableView;

/**
 * Carries the character typed on a cell to the editor it opens, so typing on a cell starts the edit with
 * what was typed (as in a spreadsheet). Kept in the table's properties: the key handler and the cell meet
 * only through the table.
 */
public final class EditStart {
    private static final String KEY = EditStart.class.getName() + ".typed";

    private EditStart() {
    }

    /** Opens the cell's editor starting from {@code typed} instead of the current value. */
    public static void withTyped(TableView<?> table, String typed) {
        table.getProperties().put(KEY, typed);
    }

    /** The typed text for the editor being opened, once; null when the edit was not started by typing. */
    static String takeTyped(TableView<?> table) {
        return table == null ? null : (String) table.getProperties().remove(KEY);
    }
}
