package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.outbox.EditError;
import dev.hoodadmin.ui.edits.EditsState;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shown while sending is paused because the server refused the token (401/403): says that nothing is lost
 * and offers to sign in again. Hidden once sending resumes.
 */
public final class CredentialsBanner extends HBox {
    public static final String ID = "credentialsBanner";

    public CredentialsBanner(EditsState edits, Runnable onSignInRequested) {
        setId(ID);
        getStyleClass().add("credentials-banner");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);

        Label message = new Label(Texts.get("credentials.banner"), new FontIcon("mdi2k-key-alert"));
        message.setId("credentialsBannerMessage");
        message.getStyleClass().add("credentials-banner-message");
        message.setWrapText(true);
        Label detail = new Label();
        detail.setId("credentialsBannerDetail");
        detail.getStyleClass().add("credentials-banner-detail");
        detail.textProperty().bind(Bindings.createStringBinding(
                () -> describe(edits.credentialsErrorProperty().get()), edits.credentialsErrorProperty()));
        VBox texts = new VBox(2, message, detail);
        HBox.setHgrow(texts, Priority.ALWAYS);

        Button signIn = new Button(Texts.get("credentials.signInAgain"), new FontIcon("mdi2k-key-outline"));
        signIn.setId("signInAgainButton");
        signIn.setAccessibleText(Texts.get("credentials.signInAgain.accessible"));
        signIn.setOnAction(event -> onSignInRequested.run());

        getChildren().addAll(texts, signIn);
        setAccessibleText(Texts.get("credentials.banner"));
        visibleProperty().bind(edits.pausedForCredentialsProperty());
        managedProperty().bind(visibleProperty());
    }

    private static String describe(EditError error) {
        return error == null ? "" : Texts.get("credentials.serverSaid", error.summary());
    }
}
