package dev.hoodadmin.ui.signin;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.ui.text.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.Optional;
import java.util.OptionalInt;

/** The questions the account menu asks: a new name, and whether to remove an account with its local data. */
final class AccountDialogs {
    static final String NAME_FIELD_ID = "accountNameField";
    static final String REMOVE_ID = "removeAccountConfirm";
    static final String CANCEL_ID = "removeAccountCancel";

    private AccountDialogs() {
    }

    /** The new name typed, or empty when cancelled or left unchanged. */
    static Optional<String> askNewName(Window owner, Account account) {
        TextInputDialog dialog = new TextInputDialog(account.displayName());
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle(Texts.get("accounts.rename.title"));
        dialog.setHeaderText(Texts.get("accounts.rename.header", account.displayName(), account.hostLabel()));
        dialog.getEditor().setId(NAME_FIELD_ID);
        // the same rule the accounts file applies: a name, at most 80 characters
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(dialog.getEditor().textProperty().map(text -> {
            String name = text.strip();
            return name.isEmpty() || name.length() > 80;
        }));
        return dialog.showAndWait().map(String::strip).filter(name -> !name.equals(account.displayName()));
    }

    /**
     * Whether to remove the account with its outbox and cache. With unsent edits the question says how many
     * and Cancel is the default button, so Enter never loses them.
     */
    static boolean confirmRemoval(Window owner, Account account, OptionalInt unsent, boolean inUse) {
        ButtonType remove = new ButtonType(Texts.get("accounts.remove.confirm"), ButtonBar.ButtonData.OK_DONE);
        StringBuilder text = new StringBuilder(Texts.get("accounts.remove.question", account.displayName(),
                account.hostLabel()));
        if (unsent.isEmpty()) text.append("\n\n").append(Texts.get("accounts.remove.unsentUnknown"));
        else if (unsent.getAsInt() > 0) text.append("\n\n").append(Texts.get("accounts.remove.unsent", unsent.getAsInt()));
        if (inUse) text.append("\n\n").append(Texts.get("accounts.remove.switchesToDemo"));
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.toString(), remove, ButtonType.CANCEL);
        if (owner != null) alert.initOwner(owner);
        alert.setTitle(Texts.get("accounts.remove.title"));
        alert.setHeaderText(null);
        Button removeButton = (Button) alert.getDialogPane().lookupButton(remove);
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        removeButton.setId(REMOVE_ID);
        cancelButton.setId(CANCEL_ID);
        boolean risky = unsent.isEmpty() || unsent.getAsInt() > 0;
        removeButton.setDefaultButton(!risky);
        cancelButton.setDefaultButton(risky);
        if (risky) alert.setOnShown(shown -> cancelButton.requestFocus());
        return alert.showAndWait().filter(remove::equals).isPresent();
    }
}
