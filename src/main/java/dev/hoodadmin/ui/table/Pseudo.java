package dev.hoodadmin.ui.table;

import javafx.css.PseudoClass;

/** CSS states the table sets on its rows and cells (styled in hood-admin.css). */
final class Pseudo {
    static final PseudoClass YES = PseudoClass.getPseudoClass("yes");
    static final PseudoClass SYSTEM = PseudoClass.getPseudoClass("system");

    private Pseudo() {
    }
}
