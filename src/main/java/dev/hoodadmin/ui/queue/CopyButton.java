package dev.hoodadmin.ui.queue;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Supplier;

/** A small button that copies a text (a trace id, which support asks for) to the clipboard. */
public final class CopyButton extends Button {

    /** @param purpose what it copies, as its tooltip and accessible text say it, e.g. "Copy trace ID" */
    public CopyButton(String id, String purpose, Supplier<String> text) {
        super(null, new FontIcon("mdi2c-content-copy"));
        setId(id);
        setAccessibleText(purpose);
        setTooltip(new Tooltip(purpose));
        getStyleClass().add("copy-button");
        setOnAction(event -> copy(text.get()));
    }

    public static void copy(String text) {
        if (text == null || text.isEmpty()) return;
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
