package dev.hoodadmin.ui.imports;

import dev.hoodadmin.ui.text.Texts;
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

    /** One table row: a field of a property that would change. */
    record Line(int line, String id, String label, String field, String before, String after) {
    }

    private ImportPreviewDialog() {
    }

    /** Shows the preview without waiting; {@code onApply} runs when the person chooses Apply. */
    static Dialog<ButtonType> show(Window owner, String source, ImportPreview.Result preview, Runnable onApply) {
        ButtonType apply = new ButtonType(Texts.get("import.apply"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("import.title"));
        dialog.setHeaderText(Texts.get("import.header", source));
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(apply).setDisable(preview.requests() == 0);

        Label summary = new Label(preview.summary());
        summary.setId("importSummary");
        summary.setWrapText(true);
        TableView<Line> changes = new TableView<>();
        changes.setId("importChanges");
        changes.getColumns().addAll(List.of(column(Texts.get("import.column.line"), 50, l -> Integer.toString(l.line())),
                column(Texts.get("import.column.id"), 80, Line::id), column(Texts.get("import.column.label"), 150, Line::label),
                column(Texts.get("import.column.field"), 100, Line::field),
                column(Texts.get("import.column.before"), 260, Line::before),
                column(Texts.get("import.column.after"), 260, Line::after)));
        changes.getItems().setAll(lines(preview));
        changes.setPrefHeight(240);
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.setPlaceholder(new Label(Texts.get("import.empty")));
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
            if (dialog.getResult() == apply) onApply.run();
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
            String isNew = Texts.get("import.new");
            lines.add(new Line(row.line(), isNew, row.property().label(), "data_type", null, row.property().dataType()));
            row.property().values().forEach((field, value) ->
                    lines.add(new Line(row.line(), isNew, row.property().label(), field.wireName(), null, value)));
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
