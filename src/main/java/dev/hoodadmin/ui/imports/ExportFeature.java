package dev.hoodadmin.ui.imports;

import atlantafx.base.theme.Styles;
import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.cli.ExportFiles;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.main.LoadError;
import dev.hoodadmin.ui.main.LoadStatus;
import dev.hoodadmin.ui.main.MainWindow;
import dev.hoodadmin.ui.menu.AppMenuBar;
import dev.hoodadmin.ui.menu.Shortcuts;
import dev.hoodadmin.ui.table.PropertyColumns;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * File → Export… (Ctrl+Shift+E): every property of the account or only the rows the filter shows, with the
 * columns the table shows (the id always), as spreadsheet-safe CSV (UTF-8, or "for Excel" with a byte order mark)
 * or JSON. The file is written off the JavaFX thread with a progress bar in the status bar; it appears only once
 * complete. "All" chosen while properties are still loading waits for the load (a button beside the bar stops
 * waiting), and writes nothing if it fails or the wait is stopped.
 */
public final class ExportFeature {
    static final String MENU_ID = "exportItem";
    static final String DIALOG_ID = "exportDialog";
    private static final Map<String, String> COLUMN_OF_TABLE = Map.ofEntries(
            Map.entry(PropertyColumns.ID, "id"), Map.entry(PropertyColumns.TARGET, "target"),
            Map.entry(PropertyColumns.LABEL, "label"), Map.entry(PropertyColumns.DATA_TYPE, "data_type"),
            Map.entry(PropertyColumns.EXAMPLE, "example"), Map.entry(PropertyColumns.DESCRIPTION, "description"),
            Map.entry(PropertyColumns.EXPORT_ALIAS, "export_alias"), Map.entry(PropertyColumns.IMPORT_ALIASES, "import_aliases"),
            Map.entry(PropertyColumns.PI_DATA, "pi_data"), Map.entry(PropertyColumns.SYSTEM, "system"),
            Map.entry(PropertyColumns.IMPORTABLE, "importable"), Map.entry(PropertyColumns.EXPORTABLE, "exportable"),
            Map.entry(PropertyColumns.CREATED, "create_time"), Map.entry(PropertyColumns.UPDATED, "update_time"));

    /** Where to save, given the owner window and the suggested file name; empty when the person cancels. */
    @FunctionalInterface
    public interface SaveAsker extends BiFunction<Window, String, Optional<Path>> {
    }

    /** What the person chose in the dialog. */
    record Choice(boolean filteredOnly, ExportFiles.Format format) {
    }

    private final MainWindow window;
    private final BackgroundTasks tasks;
    private final SaveAsker files;
    private final ProgressBar progress = new ProgressBar();
    /** Shown while "All" waits for the load: stops waiting, and no file is written. */
    private final Button cancelWait = new Button(null, new FontIcon("mdi2c-close"));
    private final HBox statusItem = new HBox(4, progress, cancelWait);
    /** The wait for the load to end, while one runs. */
    private ChangeListener<Boolean> waiting;

    private ExportFeature(MainWindow window, BackgroundTasks tasks, SaveAsker files) {
        this.window = window;
        this.tasks = tasks;
        this.files = files;
        progress.setId("exportProgress");
        progress.setPrefWidth(100);
        progress.setMinWidth(60);
        cancelWait.setId("exportCancelWaitButton");
        String cancelPurpose = Texts.get("export.cancelWait");
        cancelWait.setAccessibleText(cancelPurpose);
        cancelWait.setTooltip(new Tooltip(cancelPurpose));
        cancelWait.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        cancelWait.setOnAction(event -> stopWaiting());
        statusItem.setAlignment(Pos.CENTER_LEFT);
        hideProgress();
        window.addStatusItem(statusItem);
        MenuItem item = AppMenuBar.item(MENU_ID, Texts.get("menu.file.export"), Shortcuts.EXPORT, this::ask);
        window.addMenuSection(AppMenuBar.FILE_ID, List.of(item));
    }

    public static ExportFeature install(MainWindow window, BackgroundTasks tasks, SaveAsker files) {
        return new ExportFeature(window, tasks, files);
    }

    /** The native save dialog. */
    public static SaveAsker chooser() {
        return (owner, suggested) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("export.title"));
            chooser.setInitialFileName(suggested);
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        };
    }

    private void ask() {
        int all = window.viewModel().properties().size();
        int shown = window.viewModel().find().shownRows().size();
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(window.scene().getWindow());
        dialog.setTitle(Texts.get("export.title"));
        dialog.getDialogPane().setId(DIALOG_ID);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ToggleGroup scope = new ToggleGroup();
        boolean loading = window.viewModel().status().loadingProperty().get();
        RadioButton everything = new RadioButton(Texts.get(loading ? "export.allWhenLoaded" : "export.all", Texts.number(all)));
        everything.setId("exportAll");
        everything.setToggleGroup(scope);
        everything.setSelected(true);
        RadioButton filtered = new RadioButton(Texts.get("export.filtered", Texts.number(shown)));
        filtered.setId("exportFiltered");
        filtered.setToggleGroup(scope);
        ChoiceBox<ExportFiles.Format> format = new ChoiceBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(ExportFiles.Format.values());
        format.setValue(ExportFiles.Format.CSV);
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFiles.Format value) {
                return value == null ? "" : switch (value) {
                    case CSV -> Texts.get("export.format.csv");
                    case CSV_FOR_EXCEL -> Texts.get("export.format.excel");
                    case JSON -> Texts.get("export.format.json");
                };
            }

            @Override
            public ExportFiles.Format fromString(String text) {
                return null;
            }
        });
        Label formatLabel = new Label(Texts.get("export.format"));
        formatLabel.setLabelFor(format); // a screen reader names the choice by its label
        dialog.getDialogPane().setContent(new VBox(8, everything, filtered, formatLabel, format,
                new Label(Texts.get("export.columns"))));
        dialog.setResultConverter(button -> button == ButtonType.OK ? new Choice(filtered.isSelected(), format.getValue()) : null);
        dialog.setOnHidden(event -> {
            if (dialog.getResult() != null) choose(dialog.getResult());
        });
        dialog.show();
    }

    private void choose(Choice choice) {
        String suggested = "properties." + (choice.format() == ExportFiles.Format.JSON ? "json" : "csv");
        files.apply(window.scene().getWindow(), suggested).ifPresent(target -> write(choice, target));
    }

    private void write(Choice choice, Path target) {
        LoadStatus status = window.viewModel().status();
        if (!choice.filteredOnly() && status.loadingProperty().get()) {
            // "all" means the account's every property: the file waits for the rest of the load
            stopWaiting(); // an earlier "All" still waiting gives way to this one
            showProgress(ProgressBar.INDETERMINATE_PROGRESS);
            show(cancelWait, true);
            waiting = (loadingNow, was, now) -> {
                if (now) return;
                stopWaiting();
                LoadError failed = status.loadErrorProperty().get();
                if (failed == null) {
                    write(choice, target);
                } else {
                    warn(Texts.get("export.loadFailed", failed.headline()));
                }
            };
            status.loadingProperty().addListener(waiting);
            return;
        }
        List<ProfileProperty> rows = List.copyOf(choice.filteredOnly()
                ? window.viewModel().find().shownRows() : window.viewModel().properties());
        List<String> columns = new ArrayList<>();
        for (TableColumn<ProfileProperty, ?> column : window.table().getColumns()) {
            if (column.isVisible() && COLUMN_OF_TABLE.containsKey(column.getId())) columns.add(COLUMN_OF_TABLE.get(column.getId()));
        }
        showProgress(0);
        tasks.run(() -> ExportFiles.write(rows, columns, choice.format(), target,
                        written -> tasks.ui().execute(() -> progress.setProgress(rows.isEmpty() ? 1 : (double) written / rows.size()))))
                .onSuccess(done -> hideProgress())
                .onFailure(failure -> {
                    hideProgress();
                    warn(failure.getMessage());
                })
                .start();
    }

    private void warn(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.initOwner(window.scene().getWindow());
        alert.setHeaderText(Texts.get("export.failed"));
        alert.show();
    }

    /** Stops waiting for the load, if "All" waits: nothing is written. */
    private void stopWaiting() {
        if (waiting == null) return;
        window.viewModel().status().loadingProperty().removeListener(waiting);
        waiting = null;
        hideProgress();
    }

    private void showProgress(double value) {
        progress.setProgress(value);
        show(progress, true);
        show(statusItem, true);
    }

    private void hideProgress() {
        show(progress, false);
        show(cancelWait, false);
        show(statusItem, false);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
