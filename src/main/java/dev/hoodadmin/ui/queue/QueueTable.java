package dev.hoodadmin.ui.queue;

import dev.hoodadmin.ui.text.Texts;
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
        table.setAccessibleText(Texts.get("queue.table.accessible"));
        table.setPlaceholder(new Label(Texts.get("queue.table.empty")));
        table.getColumns().add(column("queuePropertyColumn", Texts.get("queue.column.property"), 180, Edit::propertyName));
        table.getColumns().add(column("queueFieldsColumn", Texts.get("queue.column.fields"), 200, QueueTable::fields));
        table.getColumns().add(column("queueStateColumn", Texts.get("queue.column.state"), 90,
                edit -> Texts.get("queue.state." + edit.state().name().toLowerCase(Locale.ROOT))));
        table.getColumns().add(column("queueAttemptsColumn", Texts.get("queue.column.attempts"), 70, edit -> String.valueOf(edit.attempts())));
        table.getColumns().add(column("queueErrorColumn", Texts.get("queue.column.lastError"), 320, QueueTable::error));
        TableColumn<Edit, String> trace = column("queueTraceColumn", Texts.get("queue.column.traceId"), 300,
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
        private final HBox box = new HBox(4, new CopyButton("queueCopyTraceId", Texts.get("common.copyTraceId"), text::getText), text);

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
            setAccessibleText(present ? Texts.get("queue.traceId.accessible", traceId) : null);
        }
    }
}
