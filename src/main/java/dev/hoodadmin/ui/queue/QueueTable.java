package dev.hoodadmin.ui.queue;

import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditError;
import dev.hoodadmin.ui.edits.FieldNames;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The list of edits in the queue panel: property, fields, state, attempts, last error and its trace id. */
final class QueueTable {
    static final String ID = "queueTable";

    private QueueTable() {
    }

    static TableView<Edit> create(ObservableList<Edit> edits) {
        TableView<Edit> table = new TableView<>(edits);
        table.setId(ID);
        table.setMinHeight(150);
        table.setAccessibleText("Edits waiting, sent or stopped");
        table.setPlaceholder(new Label("No edits yet. Changes you save appear here until they are sent."));
        table.getColumns().add(column("queuePropertyColumn", "Property", 180, Edit::propertyName));
        table.getColumns().add(column("queueFieldsColumn", "Fields", 200, QueueTable::fields));
        table.getColumns().add(column("queueStateColumn", "State", 90,
                edit -> edit.state().name().toLowerCase(Locale.ROOT)));
        table.getColumns().add(column("queueAttemptsColumn", "Attempts", 70, edit -> String.valueOf(edit.attempts())));
        table.getColumns().add(column("queueErrorColumn", "Last error", 320, QueueTable::error));
        TableColumn<Edit, String> trace = column("queueTraceColumn", "Trace ID", 300,
                edit -> edit.lastError() == null ? null : edit.lastError().traceId());
        trace.setCellFactory(c -> new TraceIdCell());
        table.getColumns().add(trace);
        return table;
    }

    /** e.g. "Example, PI data". */
    static String fields(Edit edit) {
        return edit.changedFields().stream().map(FieldNames::of).collect(Collectors.joining(", "));
    }

    /** The server's title and message without the trace id (it has its own column). */
    static String error(Edit edit) {
        EditError error = edit.lastError();
        if (error == null) return "";
        return new EditError(error.kind(), error.status(), error.title(), error.message(), null).summary();
    }

    private static TableColumn<Edit, String> column(String id, String title, double width, Function<Edit, String> value) {
        TableColumn<Edit, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        return column;
    }

    /** The trace id, selectable by copy button. */
    private static final class TraceIdCell extends TableCell<Edit, String> {
        private final Label text = new Label();
        private final HBox box = new HBox(4, new CopyButton("queueCopyTraceId", "trace ID", text::getText), text);

        TraceIdCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("trace-id-cell");
        }

        @Override
        protected void updateItem(String traceId, boolean empty) {
            super.updateItem(traceId, empty);
            boolean present = !empty && traceId != null && !traceId.isBlank();
            text.setText(present ? traceId : "");
            setGraphic(present ? box : null);
            setText(null);
            setAccessibleText(present ? "Trace ID " + traceId : null);
        }
    }
}
