package dev.hoodadmin.ui.quit;

import dev.hoodadmin.ui.text.Texts;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** "Sending N edits…" while the app finishes before quitting; "Quit now" stays possible. */
final class SendingDialog {
    static final String MESSAGE_ID = "sendingMessage";
    static final String QUIT_NOW_ID = "quitNowButton";
    static final String BACK_ID = "backToAppButton";

    private final Stage stage;
    private final Label message;

    private SendingDialog(Stage stage, Label message) {
        this.stage = stage;
        this.message = message;
    }

    /** @param text what is being sent, e.g. "Sending 2 edits before quitting. …" */
    static SendingDialog show(Stage owner, String text, Runnable quit) {
        Label message = new Label(text);
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        Button quitNow = new Button(Texts.get("quit.now"));
        quitNow.setId(QUIT_NOW_ID);
        quitNow.setAccessibleText(Texts.get("quit.now.accessible"));
        Button back = new Button(Texts.get("quit.back"));
        back.setId(BACK_ID);
        back.setAccessibleText(Texts.get("quit.back.accessible"));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        VBox box = new VBox(12, new HBox(12, spinner, message), new HBox(8, quitNow, back));
        box.setPadding(new Insets(16));

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Texts.get("quit.finishing"));
        stage.setScene(new Scene(box, 440, 140));
        SendingDialog dialog = new SendingDialog(stage, message);
        quitNow.setOnAction(event -> {
            stage.close();
            quit.run();
        });
        back.setOnAction(event -> stage.close());
        stage.setOnCloseRequest(event -> event.consume()); // only through the button: quitting is a choice
        stage.show();
        return dialog;
    }

    void stopped() {
        message.setText(Texts.get("quit.stopped"));
    }

    void close() {
        stage.close();
    }
}
