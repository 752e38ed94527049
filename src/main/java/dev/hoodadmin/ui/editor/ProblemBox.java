package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.outbox.Edit;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import dev.hoodadmin.ui.queue.CopyButton;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The row's last problem in the detail pane: the server's title and message, and a copyable trace id. */
final class ProblemBox extends VBox {
    static final String ID = "detailProblem";
    static final String KEEP_MINE_ID = "conflictKeepMine";
    static final String TAKE_THEIRS_ID = "conflictTakeTheirs";

    /** The person's choice on an edit whose fields were changed on the server since they were loaded. */
    interface ConflictChoice {
        void keepMine(Edit conflict);

        void takeTheirs(Edit conflict);
    }

    private final HBox conflictRow;
    private EditProblem shown;

    private final Label headline = new Label();
    private final Label title = new Label();
    private final Label message = new Label();
    private final TextField traceId = new TextField();
    private final HBox traceRow;

    ProblemBox(ObservableValue<EditProblem> problem, ConflictChoice choice) {
        setId(ID);
        getStyleClass().add("edit-problem-box");
        setSpacing(4);
        headline.setId("detailProblemHeadline");
        headline.setGraphic(new FontIcon("mdi2a-alert-circle"));
        headline.getStyleClass().add("edit-problem-headline");
        headline.setWrapText(true);
        title.setId("detailProblemTitle");
        title.setWrapText(true);
        message.setId("detailProblemMessage");
        message.setWrapText(true);
        traceId.setId("detailTraceId");
        traceId.setEditable(false);
        traceId.setAccessibleText(Texts.get("common.traceId.accessible"));
        Label traceLabel = new Label(Texts.get("common.traceId.label"));
        traceLabel.setLabelFor(traceId);
        traceLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(traceId, Priority.ALWAYS);
        traceRow = new HBox(6, traceLabel, traceId,
                new CopyButton("detailCopyTraceId", Texts.get("common.copyTraceId"), traceId::getText));
        traceRow.setAlignment(Pos.CENTER_LEFT);
        Button keepMine = new Button(Texts.get("conflict.keepMine"));
        keepMine.setId(KEEP_MINE_ID);
        keepMine.setTooltip(new Tooltip(Texts.get("conflict.keepMine.tooltip")));
        keepMine.setOnAction(event -> choice.keepMine(shown.conflict()));
        Button takeTheirs = new Button(Texts.get("conflict.takeTheirs"));
        takeTheirs.setId(TAKE_THEIRS_ID);
        takeTheirs.setTooltip(new Tooltip(Texts.get("conflict.takeTheirs.tooltip")));
        takeTheirs.setOnAction(event -> choice.takeTheirs(shown.conflict()));
        conflictRow = new HBox(8, keepMine, takeTheirs);
        getChildren().addAll(headline, title, message, traceRow, conflictRow);
        problem.addListener((obs, old, now) -> show(now));
        show(problem.getValue());
    }

    private void show(EditProblem problem) {
        boolean present = problem != null;
        shown = problem;
        boolean conflict = present && problem.conflict() != null;
        conflictRow.setVisible(conflict);
        conflictRow.setManaged(conflict);
        setVisible(present);
        setManaged(present);
        headline.setText(present ? problem.headline() : "");
        showText(title, present ? problem.title() : null);
        showText(message, present ? problem.message() : null);
        boolean hasTrace = present && problem.traceId() != null;
        traceId.setText(hasTrace ? problem.traceId() : "");
        traceRow.setVisible(hasTrace);
        traceRow.setManaged(hasTrace);
        setAccessibleText(present ? problem.headline() + ". " + (problem.message() == null ? "" : problem.message()) : null);
    }

    private static void showText(Label label, String text) {
        boolean present = text != null && !text.isBlank();
        label.setText(present ? text : "");
        label.setVisible(present);
        label.setManaged(present);
    }
}
