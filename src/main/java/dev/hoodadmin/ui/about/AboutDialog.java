package dev.hoodadmin.ui.about;

import dev.hoodadmin.ui.text.Texts;
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
        dialog.setTitle(Texts.get("about.title", Texts.get("app.name")));
        dialog.getDialogPane().setContent(pane.root());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }
}
