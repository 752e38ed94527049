package dev.hoodadmin.ui.signin;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A label and its control, optionally with the reason under it when the input is wrong (hidden while there is none). */
final class FieldWithError {
    /** "danger" is AtlantaFX's red text; "field-error" is ours, for the app's own stylesheet. */
    static final String[] ERROR_STYLE = {"field-error", "danger"};

    private FieldWithError() {
    }

    static VBox of(String labelText, Control control, String id, String accessibleText) {
        control.setId(id);
        control.setAccessibleText(accessibleText);
        Label label = new Label(labelText);
        label.setLabelFor(control);
        label.setMnemonicParsing(true);
        return new VBox(4, label, control);
    }

    static VBox of(String labelText, Control control, String id, String accessibleText, ObservableStringValue error) {
        VBox box = of(labelText, control, id, accessibleText);
        box.getChildren().add(errorLabel(id.replace("Field", "Error"), error));
        // screen readers announce the reason together with the field
        control.accessibleHelpProperty().bind(error);
        return box;
    }

    static Label errorLabel(String id, ObservableStringValue error) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll(ERROR_STYLE);
        label.textProperty().bind(error);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
