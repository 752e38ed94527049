package dev.hoodadmin.outbox.archfixture;

import javafx.scene.control.Alert;

/** Deliberately wrong (see ArchitectureRulesBiteTest): a core class using JavaFX. */
public final class OutboxThatShowsADialog {
    public Alert failed(String message) {
        return new Alert(Alert.AlertType.ERROR, message);
    }
}
