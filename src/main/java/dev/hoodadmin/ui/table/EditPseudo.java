package dev.hoodadmin.ui.table;

import javafx.css.PseudoClass;

/** CSS states of edits on rows, cells and editors (styled in hood-admin.css). */
public final class EditPseudo {
    /** A value changed here and not applied on the server yet. */
    public static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    /** The server refused or could not take the change. */
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("edit-error");
    /** A value that may not be sent (too long, wrong characters). */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** A row with changes waiting or in flight. */
    public static final PseudoClass ROW_PENDING = PseudoClass.getPseudoClass("edit-pending");
    /** A row whose edit was rejected, failed or refused. */
    public static final PseudoClass ROW_PROBLEM = PseudoClass.getPseudoClass("edit-problem");

    private EditPseudo() {
    }
}
