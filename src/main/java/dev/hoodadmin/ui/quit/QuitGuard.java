package dev.hoodadmin.ui.quit;

import dev.hoodadmin.ui.text.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.Optional;

/**
 * Closing the window with edits not yet sent says so and offers to finish sending first or to quit
 * now; edits left behind stay in the outbox and are sent on the next start.
 */
public final class QuitGuard {
    // made per guard (one per window), so their texts are in the window's language
    private final ButtonType finish = new ButtonType(Texts.get("quit.finish"), ButtonBar.ButtonData.OK_DONE);
    private final ButtonType quitNow = new ButtonType(Texts.get("quit.now"), ButtonBar.ButtonData.OTHER);
    private final ButtonType stay = new ButtonType(Texts.get("quit.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    private final UnsentEdits unsent;
    private final Runnable quit;

    public QuitGuard(UnsentEdits unsent, Runnable quit) {
        this.unsent = unsent;
        this.quit = quit;
    }

    /** Takes over the stage's close request (window button, File → Quit). */
    public void install(Stage stage) {
        stage.setOnCloseRequest(event -> onCloseRequest(stage, event));
    }

    private void onCloseRequest(Stage stage, WindowEvent event) {
        event.consume(); // the app decides when to go, so sessions close in order
        int count = unsent.count();
        if (count == 0) {
            quit.run();
            return;
        }
        Optional<ButtonType> choice = ask(stage, count);
        if (choice.isEmpty() || choice.get() == stay) return;
        if (choice.get() == quitNow) {
            quit.run();
            return;
        }
        SendingDialog sending = SendingDialog.show(stage, count, quit);
        unsent.whenSent(allSent -> {
            if (allSent) {
                sending.close();
                quit.run();
            } else {
                sending.stopped();
            }
        });
    }

    private Optional<ButtonType> ask(Stage owner, int count) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, finish, quitNow, stay);
        alert.initOwner(owner);
        alert.setTitle(Texts.get("quit.title"));
        alert.setHeaderText(Texts.plural("quit.header", count, Texts.number(count)));
        alert.setContentText(Texts.get("quit.content", Texts.get("app.name")));
        alert.getDialogPane().setId("quitDialog");
        return alert.showAndWait();
    }
}
