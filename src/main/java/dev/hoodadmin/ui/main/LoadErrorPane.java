package dev.hoodadmin.ui.main;

import dev.hoodadmin.ui.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows why the last load failed, with the trace id in a read-only field (selectable) and a
 * button that copies it: support asks for it. Hidden while there is no error.
 */
final class LoadErrorPane extends VBox {
    static final String ID = "loadErrorPane";
    static final String HEADLINE_ID = "loadErrorHeadline";
    static final String DETAIL_ID = "loadErrorDetail";
    static final String TRACE_ID = "loadErrorTraceId";
    static final String COPY_ID = "copyTraceIdButton";
    static final String DISMISS_ID = "dismissErrorButton";

    private final Label headline = new Label();
    private final Label detail = new Label();
    private final TextField traceId = new TextField();
    private final HBox traceRow;

    LoadErrorPane(MainViewModel vm) {
        setId(ID);
        setAccessibleText(Texts.get("load.error.accessible"));
        getStyleClass().add("load-error-pane");

        headline.setId(HEADLINE_ID);
        headline.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        headline.getStyleClass().add("load-error-headline");
        detail.setId(DETAIL_ID);
        detail.setWrapText(true);

        Label traceLabel = new Label(Texts.get("common.traceId.label"));
        traceLabel.setId("loadErrorTraceLabel");
        traceLabel.setLabelFor(traceId);
        traceId.setId(TRACE_ID);
        traceId.setEditable(false);
        traceId.setAccessibleText(Texts.get("common.traceId.accessible"));
        traceId.setPrefColumnCount(30);
        Button copy = new Button(Texts.get("common.copy"), new FontIcon("mdi2c-content-copy"));
        copy.setId(COPY_ID);
        copy.setAccessibleText(Texts.get("common.copyTraceId"));
        copy.setOnAction(event -> copyToClipboard(traceId.getText()));
        traceRow = new HBox(6, traceLabel, traceId, copy);
        traceRow.setAlignment(Pos.CENTER_LEFT);

        Button dismiss = new Button(Texts.get("load.error.dismiss"));
        dismiss.setId(DISMISS_ID);
        dismiss.setAccessibleText(Texts.get("load.error.dismiss.accessible"));
        dismiss.setOnAction(event -> vm.status().dismissError());
        HBox top = new HBox(8, headline, spacer(), dismiss);
        top.setAlignment(Pos.CENTER_LEFT);

        setSpacing(4);
        getChildren().addAll(top, detail, traceRow);
        vm.status().loadErrorProperty().addListener((obs, old, error) -> show(error));
        show(vm.status().loadErrorProperty().get());
    }

    private void show(LoadError error) {
        boolean present = error != null;
        setVisible(present);
        setManaged(present);
        headline.setText(present ? error.headline() : "");
        detail.setText(present ? error.detail() : "");
        detail.setAccessibleText(detail.getText());
        boolean hasTrace = present && error.traceId() != null;
        traceId.setText(hasTrace ? error.traceId() : "");
        traceRow.setVisible(hasTrace);
        traceRow.setManaged(hasTrace);
    }

    private static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static HBox spacer() {
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
