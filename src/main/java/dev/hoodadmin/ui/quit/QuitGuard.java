package dev.hoodadmin.ui.quit;

import dev.hoodadmin.ui.text.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.Optional;

/**
 * Closing the window with edits (or new properties) not yet sent says so and offers to finish sending first or to
 * quit now; what is left behind stays in the outbox and is sent on the next start.
 */
public final class QuitGuard {
    // made per guard (one per window), so their texts are in the window's language
    private final ButtonType finish = new ButtonType(Texts.get("quit.finish"), ButtonBar.ButtonData.OK_DONE);
    private final ButtonType quitNow = new ButtonType(Texts.get("quit.now"), ButtonBar.ButtonData.OTHER);
    private final ButtonType stay = new ButtonType(Texts.get("quit.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    private final UnsentChanges unsent;
    private final Runnable quit;

    public QuitGuard(UnsentChanges unsent, Runnable quit) {
        this.unsent = unsent;
        this.quit = quit;
    }

    /** Takes over the stage's close request (window button, File → Quit). */
    public void install(Stage stage) {
        stage.setOnCloseRequest(event -> onCloseRequest(stage, event));
    }

    private void onCloseRequest(Stage stage, WindowEvent event) {
        event.consume(); // the app decides when to go, so sessions close in order
        int edits = unsent.edits();
        int newProperties = unsent.newProperties();
        if (edits + newProperties == 0) {
            quit.run();
            return;
        }
        Optional<ButtonType> choice = ask(stage, edits, newProperties);
        if (choice.isEmpty() || choice.get() == stay) return;
        if (choice.get() == quitNow) {
            quit.run();
            return;
        }
        int count = edits + newProperties;
        String sendingText = newProperties == 0 ? Texts.plural("quit.sending", count, Texts.number(count))
                : Texts.plural("quit.sendingChanges", count, Texts.number(count));
        SendingDialog sending = SendingDialog.show(stage, sendingText, quit);
        unsent.whenSent(allSent -> {
            if (allSent) {
                sending.close();
                quit.run();
            } else {
                sending.stopped();
            }
        });
    }

    /**
     * "3 edits have not been sent yet.", "1 new property has not been created yet.", or for both "4 changes have
     * not been sent yet." with a sentence on the new properties among them.
     */
    private Optional<ButtonType> ask(Stage owner, int edits, int newProperties) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, finish, quitNow, stay);
        alert.initOwner(owner);
        alert.setTitle(Texts.get("quit.title"));
        int count = edits + newProperties;
        String content = Texts.get("quit.content", Texts.get("app.name"));
        if (newProperties == 0) {
            alert.setHeaderText(Texts.plural("quit.header", count, Texts.number(count)));
        } else if (edits == 0) {
            alert.setHeaderText(Texts.plural("quit.header.newProperties", count, Texts.number(count)));
        } else {
            alert.setHeaderText(Texts.plural("quit.header.changes", count, Texts.number(count)));
            content = Texts.plural("quit.newProperties", newProperties, Texts.number(newProperties)) + " " + content;
        }
        alert.setContentText(content);
        alert.getDialogPane().setId("quitDialog");
        return alert.showAndWait();
    }
}
