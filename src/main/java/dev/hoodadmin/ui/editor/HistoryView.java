package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.ChangeJournal;
import dev.hoodadmin.outbox.JournalCsv;
import dev.hoodadmin.outbox.JournalEntry;
import dev.hoodadmin.outbox.JournalFilter;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.edits.FieldNames;
import javafx.beans.property.ReadOnlyObjectWrapper;
import dev.hoodadmin.ui.text.Texts;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * View → History: the account's change journal, newest first, filtered by property, field, source, batch and
 * date range, before and after side by side; "Undo this batch" for the selected entry's batch, and the rows
 * shown exported as CSV. Reading and writing run in the background.
 */
final class HistoryView {
    static final String TABLE_ID = "historyTable";
    static final String PROPERTY_ID = "historyProperty";
    static final String FIELD_ID = "historyField";
    static final String SOURCE_ID = "historySource";
    static final String BATCH_ID = "historyBatch";
    static final String FROM_ID = "historyFrom";
    static final String UNTIL_ID = "historyUntil";
    static final String UNDO_BATCH_ID = "historyUndoBatch";
    static final String EXPORT_ID = "historyExport";
    static final String STATUS_ID = "historyStatus";
    
    private final ChangeJournal journal;
    private final BackgroundTasks tasks;
    private final LongFunction<CompletableFuture<Void>> undoBatch;
    private final ZoneId zone = ZoneId.systemDefault();
    private final ObservableList<JournalEntry> shown = FXCollections.observableArrayList();
    private final TextField property = field(PROPERTY_ID, Texts.get("history.filter.property"));
    private final ComboBox<UpdatableField> fieldChoice = new ComboBox<>();
    private final TextField source = field(SOURCE_ID, Texts.get("history.filter.source"));
    private final TextField batch = field(BATCH_ID, Texts.get("history.filter.batch"));
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Label status = new Label();
    private Stage stage;

    HistoryView(ChangeJournal journal, BackgroundTasks tasks, LongFunction<CompletableFuture<Void>> undoBatch) {
        this.journal = journal;
        this.tasks = tasks;
        this.undoBatch = undoBatch;
    }

    void show(Window owner) {
        if (stage == null) stage = build(owner);
        stage.show();
        stage.toFront();
        reload();
    }

    /** Reads the entries the filters match (in the background) and shows them. */
    CompletableFuture<List<JournalEntry>> reload() {
        CompletableFuture<List<JournalEntry>> done = new CompletableFuture<>();
        JournalFilter filter = filter();
        tasks.call(() -> journal.find(filter)).onSuccess(entries -> {
            shown.setAll(entries);
            status.setText(Texts.plural("history.count", entries.size(), Texts.number(entries.size())));
            done.complete(entries);
        }).onFailure(e -> {
            status.setText(Texts.get("history.readFailed", e.getMessage()));
            done.completeExceptionally(e);
        }).start();
        return done;
    }

    /** Writes the entries shown as CSV (in the background). */
    CompletableFuture<Path> export(Path file) {
        List<JournalEntry> entries = List.copyOf(shown);
        CompletableFuture<Path> done = new CompletableFuture<>();
        tasks.call(() -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                JournalCsv.write(entries, zone, out);
            }
            return file;
        }).onSuccess(written -> {
            status.setText(Texts.get("history.exported", Texts.number(entries.size()), written.getFileName()));
            done.complete(written);
        }).onFailure(e -> {
            status.setText(Texts.get("history.exportFailed", e.getMessage()));
            done.completeExceptionally(e);
        }).start();
        return done;
    }

    private JournalFilter filter() {
        JournalFilter filter = JournalFilter.all().field(fieldChoice.getValue()).source(blankToNull(source.getText()));
        String id = blankToNull(property.getText());
        if (id != null) filter = filter.property(id);
        String batchText = blankToNull(batch.getText());
        if (batchText != null && batchText.replace("#", "").matches("\\d{1,18}")) {
            filter = filter.batch(Long.parseLong(batchText.replace("#", "")));
        }
        return filter.between(from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                until.getValue() == null ? null : until.getValue().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private Stage build(Window owner) {
        TableView<JournalEntry> table = new TableView<>(shown);
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label(Texts.get("history.empty")));
        table.getColumns().add(whenColumn());
        table.getColumns().add(column(Texts.get("history.column.property"), 190,
                e -> Texts.get("history.property", e.propertyName(), e.propertyId())));
        table.getColumns().add(column(Texts.get("history.column.field"), 100, e -> FieldNames.of(e.field())));
        // long texts show only where they differ (with a little context); the export has them in full
        table.getColumns().add(column(Texts.get("history.column.before"), 230, e -> TextDiff.of(e.before(), e.after()).before()));
        table.getColumns().add(column(Texts.get("history.column.after"), 230, e -> TextDiff.of(e.before(), e.after()).after()));
        table.getColumns().add(column(Texts.get("history.column.source"), 240, e -> e.isUndo()
                ? Texts.get("history.source.undo", e.sourceLabel(), String.valueOf(e.undoesEntry())) : e.sourceLabel()));
        table.getColumns().add(column(Texts.get("history.column.entry"), 60, e -> String.valueOf(e.id())));

        fieldChoice.setId(FIELD_ID);
        fieldChoice.setPromptText(Texts.get("history.filter.anyField"));
        fieldChoice.getItems().add(null);
        fieldChoice.getItems().addAll(UpdatableField.values());
        fieldChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(UpdatableField field) {
                return field == null ? Texts.get("history.filter.anyField") : FieldNames.of(field);
            }

            @Override
            public UpdatableField fromString(String text) {
                return null;
            }
        });
        from.setId(FROM_ID);
        from.setPromptText(Texts.get("history.filter.from"));
        until.setId(UNTIL_ID);
        until.setPromptText(Texts.get("history.filter.until"));
        // a prompt text is gone once something is typed: each filter also has a name a screen reader says
        table.setAccessibleText(Texts.get("layout.a11y.historyTable"));
        property.setAccessibleText(Texts.get("layout.a11y.historyProperty"));
        fieldChoice.setAccessibleText(Texts.get("layout.a11y.historyField"));
        source.setAccessibleText(Texts.get("layout.a11y.historySource"));
        batch.setAccessibleText(Texts.get("layout.a11y.historyBatch"));
        from.setAccessibleText(Texts.get("layout.a11y.historyFrom"));
        until.setAccessibleText(Texts.get("layout.a11y.historyUntil"));
        property.setOnAction(e -> reload());
        source.setOnAction(e -> reload());
        batch.setOnAction(e -> reload());
        fieldChoice.setOnAction(e -> reload());
        from.setOnAction(e -> reload());
        until.setOnAction(e -> reload());
        Button apply = new Button(Texts.get("history.filter.apply"));
        apply.setOnAction(e -> reload());
        FlowPane filters = new FlowPane(8, 8, property, fieldChoice, source, batch, from, until, apply);

        Button undo = new Button(Texts.get("history.undoBatch"));
        undo.setId(UNDO_BATCH_ID);
        undo.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        undo.setOnAction(e -> {
            JournalEntry entry = table.getSelectionModel().getSelectedItem();
            if (entry != null && entry.batchId() != 0) undoBatch.apply(entry.batchId()).thenRun(this::reload);
        });
        Button export = new Button(Texts.get("history.export"));
        export.setId(EXPORT_ID);
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("hood-history-" + LocalDate.now(zone) + ".csv");
            java.io.File file = chooser.showSaveDialog(stage);
            if (file != null) export(file.toPath());
        });
        status.setId(STATUS_ID);
        HBox actions = new HBox(8, undo, export, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        BorderPane root = new BorderPane(table, filters, null, actions, null);
        root.setPadding(new Insets(8));
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(Texts.get("history.title", Texts.get("app.name")));
        window.setScene(new Scene(root, 1280, 620));
        if (owner != null && owner.getScene() != null) {
            window.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return window;
    }

    /** The time in the language's format, sorted by the time itself (the words of a date do not sort). */
    private TableColumn<JournalEntry, Instant> whenColumn() {
        TableColumn<JournalEntry, Instant> column = new TableColumn<>(Texts.get("history.column.when"));
        column.setPrefWidth(160);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().appliedAt()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant when, boolean empty) {
                super.updateItem(when, empty);
                setText(empty || when == null ? null : Texts.dateTime(when.atZone(zone)));
            }
        });
        return column;
    }

    private static TableColumn<JournalEntry, String> column(String title, double width,
                                                           Function<JournalEntry, String> value) {
        TableColumn<JournalEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TextField field(String id, String prompt) {
        TextField text = new TextField();
        text.setId(id);
        text.setPromptText(prompt);
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
