package dev.hoodadmin.ui.quit;

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
    static final ButtonType FINISH = new ButtonType("Finish sending, then quit", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType QUIT_NOW = new ButtonType("Quit now", ButtonBar.ButtonData.OTHER);
    static final ButtonType STAY = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

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
        if (choice.isEmpty() || choice.get() == STAY) return;
        if (choice.get() == QUIT_NOW) {
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

    private static Optional<ButtonType> ask(Stage owner, int count) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, FINISH, QUIT_NOW, STAY);
        alert.initOwner(owner);
        alert.setTitle("Edits not sent yet");
        alert.setHeaderText(count == 1 ? "1 edit has not been sent yet." : count + " edits have not been sent yet.");
        alert.setContentText("They are saved on this computer. If you quit now, they are sent the next time "
                + "Hood Admin starts.");
        alert.getDialogPane().setId("quitDialog");
        return alert.showAndWait();
    }
}
