package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/** A strip with the editor's last message (what a paste skipped, why an edit was refused), until dismissed. */
final class EditorNotice extends HBox {
    static final String ID = "editorNotice";

    EditorNotice(EditorViewModel editor) {
        setId(ID);
        getStyleClass().add("editor-notice");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.setId("editorNoticeText");
        text.setGraphic(new FontIcon("mdi2i-information-outline"));
        text.setWrapText(true);
        text.textProperty().bind(editor.noticeProperty());
        text.accessibleTextProperty().bind(editor.noticeProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button(null, new FontIcon("mdi2c-close"));
        dismiss.setId("editorNoticeDismiss");
        dismiss.setAccessibleText(Texts.get("editor.notice.dismiss"));
        dismiss.setOnAction(event -> editor.dismissNotice());
        getChildren().addAll(text, dismiss);
        visibleProperty().bind(editor.noticeProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }
}
