package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** A yes-or-no question before a step that changes many properties at once. */
final class Confirm {
    static final String CONTINUE_ID = "confirmContinue";
    static final String CANCEL_ID = "confirmCancel";

    private Confirm() {
    }

    static boolean ask(Node owner, String question) {
        ButtonType go = new ButtonType(Texts.get("common.continue"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, go, ButtonType.CANCEL);
        alert.setHeaderText(null);
        alert.setTitle(Texts.get("app.name"));
        if (owner.getScene() != null) alert.initOwner(owner.getScene().getWindow());
        alert.getDialogPane().lookupButton(go).setId(CONTINUE_ID);
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId(CANCEL_ID);
        return alert.showAndWait().filter(go::equals).isPresent();
    }
}
