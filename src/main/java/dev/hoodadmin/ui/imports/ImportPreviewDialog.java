package dev.hoodadmin.ui.imports;

import dev.hoodadmin.engine.ImportPreview;
import dev.hoodadmin.engine.Refusal;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The import preview before anything is queued: one table row per field that would change (before → after),
 * the summary (changed, unchanged and skipped, refused, requests and time), and the refused rows with their
 * lines and reasons. Apply queues the changes; Cancel (or closing) queues nothing.
 */
final class ImportPreviewDialog {
    static final String ID = "importPreviewDialog";
    static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);

    /** One table row: a field of a property that would change. */
    record Line(int line, String id, String label, String field, String before, String after) {
    }

    private ImportPreviewDialog() {
    }

    /** Shows the preview without waiting; {@code onApply} runs when the person chooses Apply. */
    static Dialog<ButtonType> show(Window owner, String source, ImportPreview.Result preview, Runnable onApply) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import changes");
        dialog.setHeaderText("Import of " + source + " — nothing is queued until you choose Apply");
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().getButtonTypes().addAll(APPLY, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(APPLY).setDisable(preview.requests() == 0);

        Label summary = new Label(preview.summary());
        summary.setId("importSummary");
        summary.setWrapText(true);
        TableView<Line> changes = new TableView<>();
        changes.setId("importChanges");
        changes.getColumns().addAll(List.of(column("Line", 50, l -> Integer.toString(l.line())), column("Id", 80, Line::id),
                column("Label", 150, Line::label), column("Field", 100, Line::field), column("Before", 260, Line::before),
                column("After", 260, Line::after)));
        changes.getItems().setAll(lines(preview));
        changes.setPrefHeight(240);
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.setPlaceholder(new Label("No changes: every row already matches the server."));
        ListView<String> refused = new ListView<>();
        refused.setId("importRefused");
        refused.getItems().setAll(preview.refusals().stream().map(Refusal::describe).toList());
        refused.setPrefHeight(preview.refusals().isEmpty() ? 0 : 120);
        refused.setVisible(!preview.refusals().isEmpty());
        refused.setManaged(!preview.refusals().isEmpty());
        VBox content = new VBox(8, summary, changes, refused);
        dialog.setResizable(true);
        dialog.getDialogPane().setMinWidth(980);
        dialog.getDialogPane().setContent(content);
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == APPLY) onApply.run();
        });
        dialog.show();
        return dialog;
    }

    private static List<Line> lines(ImportPreview.Result preview) {
        List<Line> lines = new ArrayList<>();
        for (ImportPreview.PropertyChange change : preview.changes()) {
            for (ImportPreview.FieldChange field : change.fields()) {
                lines.add(new Line(change.line(), change.id(), change.label(), field.field().wireName(),
                        field.before(), field.after()));
            }
        }
        for (ImportPreview.NewRow row : preview.creations()) {
            lines.add(new Line(row.line(), "new", row.property().label(), "data_type", null, row.property().dataType()));
            row.property().values().forEach((field, value) ->
                    lines.add(new Line(row.line(), "new", row.property().label(), field.wireName(), null, value)));
        }
        return lines;
    }

    private static TableColumn<Line, String> column(String title, double width, Function<Line, String> value) {
        TableColumn<Line, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

}
