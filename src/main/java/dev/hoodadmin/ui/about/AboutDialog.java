package dev.hoodadmin.ui.about;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** "Help → About Hood Admin": the {@link AboutPane} in a modal dialog with a Close button. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static Dialog<Void> create(Window owner, AboutPane pane) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("About Hood Admin");
        dialog.getDialogPane().setContent(pane.root());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }
}
