package dev.hoodadmin.ui.signin;

import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.ui.text.Texts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The sign-in screen, built in code and bound to a {@link SignInViewModel}. Every control has an id and accessible text. */
public final class SignInView {
    private final SignInViewModel model;
    private final VBox root;

    public SignInView(SignInViewModel model) {
        this.model = model;
        Label title = new Label(Texts.get("signin.title"));
        title.setId("signInTitle");
        title.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        root = new VBox(12, title, urlField(), tokenField(), nameField(), rememberBox(), formError(), actions());
        root.setId("signInView");
        root.setPadding(new Insets(24));
        root.setMaxWidth(480);
        root.setAlignment(Pos.TOP_LEFT);
    }

    public Parent root() {
        return root;
    }

    private VBox urlField() {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(model.apiUrlProperty());
        field.setPromptText(Endpoint.DEFAULT_URL);
        return FieldWithError.of(Texts.get("signin.url"), field, "apiUrlField", Texts.get("signin.url.accessible"), model.urlErrorProperty());
    }

    private VBox tokenField() {
        PasswordField field = new PasswordField();
        field.textProperty().bindBidirectional(model.tokenProperty());
        field.setPromptText(Texts.get("signin.token.prompt"));
        return FieldWithError.of(Texts.get("signin.token"), field, "tokenField", Texts.get("signin.token.accessible"), model.tokenErrorProperty());
    }

    private VBox nameField() {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(model.accountNameProperty());
        field.setPromptText(Texts.get("signin.name.prompt"));
        return FieldWithError.of(Texts.get("signin.name"), field, "accountNameField",
                Texts.get("signin.name.accessible"));
    }

    private VBox rememberBox() {
        CheckBox remember = new CheckBox(Texts.get("signin.remember"));
        remember.setId("rememberCheckBox");
        remember.setAccessibleText(Texts.get("signin.remember.accessible"));
        remember.selectedProperty().bindBidirectional(model.rememberProperty());
        remember.setDisable(!model.canRemember());
        Label reason = new Label(model.rememberUnavailableReason());
        reason.setId("rememberUnavailableLabel");
        reason.setWrapText(true);
        reason.setVisible(!model.canRemember());
        reason.managedProperty().bind(reason.visibleProperty());
        remember.setAccessibleHelp(model.rememberUnavailableReason());
        return new VBox(4, remember, reason);
    }

    private Label formError() {
        return FieldWithError.errorLabel("signInError", model.formErrorProperty());
    }

    private HBox actions() {
        Button signIn = new Button(Texts.get("signin.signIn"));
        signIn.setId("signInButton");
        signIn.setAccessibleText(Texts.get("signin.signIn.accessible"));
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(model.signInDisabledProperty());
        signIn.setOnAction(e -> model.signIn());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("signInProgress");
        progress.setAccessibleText(Texts.get("signin.checking"));
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.checkingProperty());
        Button demo = new Button(Texts.get("signin.demo"));
        demo.setId("demoButton");
        demo.setAccessibleText(Texts.get("signin.demo.accessible"));
        demo.disableProperty().bind(model.checkingProperty());
        demo.setOnAction(e -> model.tryDemo());
        HBox row = new HBox(12, signIn, progress, demo);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
