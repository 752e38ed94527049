package dev.hoodadmin.ui.imports;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.cli.ImportFiles;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.EditAdmission;
import dev.hoodadmin.engine.FieldEdit;
import dev.hoodadmin.engine.ImportPreview;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.main.MainWindow;
import dev.hoodadmin.ui.menu.AppMenuBar;
import dev.hoodadmin.ui.menu.Shortcuts;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Import changes in the window: File → Import changes… (Ctrl+I), or a {@code .csv} dropped onto the window.
 * The file is read and checked, the named properties' current values are read (off the JavaFX thread), and the
 * preview dialog shows what would change and which properties would be created; Apply queues them in one batch
 * (the changes in one transaction of the outbox), Cancel queues nothing.
 */
public final class ImportFeature {
    private static final System.Logger LOG = System.getLogger(ImportFeature.class.getName());
    static final String MENU_ID = "importItem";

    /** Asks the person for a file; empty when they cancel. Tests answer without a native dialog. */
    @FunctionalInterface
    public interface FileAsker extends Function<Window, Optional<Path>> {
    }

    private final MainWindow window;
    private final AccountWorkspace account;
    private final BackgroundTasks tasks;

    private ImportFeature(MainWindow window, AccountWorkspace account, BackgroundTasks tasks, FileAsker files) {
        this.window = window;
        this.account = account;
        this.tasks = tasks;
        MenuItem item = AppMenuBar.item(MENU_ID, Texts.get("menu.file.import"), Shortcuts.IMPORT,
                () -> files.apply(window.scene().getWindow()).ifPresent(this::preview));
        window.addMenuSection(AppMenuBar.FILE_ID, List.of(item));
        acceptDrops(window.scene());
    }

    /** Installs Import changes… into the window. Call on the JavaFX thread. */
    public static ImportFeature install(MainWindow window, AccountWorkspace account, BackgroundTasks tasks, FileAsker files) {
        return new ImportFeature(window, account, tasks, files);
    }

    /** The native file dialog, for CSV files. */
    public static FileAsker chooser() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("import.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("import.csvFiles"), "*.csv"));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        };
    }

    /** Reads and checks the file and the current values in the background, then shows the preview. */
    public void preview(Path file) {
        tasks.call(() -> {
            ImportFiles.Rows rows = ImportFiles.read(file);
            return new Prepared(rows, ImportPreview.build(rows.edits(), rows.creations(), account.newPropertyCheck(),
                    rows.refusals(), account.currentValues(rows.edits().stream().map(FieldEdit::propertyId).toList()),
                    requests -> account.budget().map(budget -> budget.estimateDuration(requests))));
        }).onSuccess(prepared -> ImportPreviewDialog.show(window.scene().getWindow(), prepared.rows().source(),
                prepared.preview(), () -> queue(prepared))).onFailure(this::cannotImport).start();
    }

    private record Prepared(ImportFiles.Rows rows, ImportPreview.Result preview) {
    }

    /** One batch: the new properties queued, the changed fields staged and admitted into the outbox in one transaction. */
    private void queue(Prepared prepared) {
        tasks.call(() -> {
            if (!prepared.preview().creations().isEmpty()) account.creations().enqueue(prepared.preview().newProperties());
            account.staged().add(prepared.preview().edits(prepared.rows().source()));
            // the preview showed the refusals; one the admission finds since (e.g. a row gone meanwhile) is logged
            return account.admission().admitStaged(refusal -> LOG.log(System.Logger.Level.WARNING,
                    "Import row not queued: " + refusal.describe()), EditAdmission.IMPORT_SOURCE);
        }).onFailure(this::cannotImport).start();
    }

    private void cannotImport(Exception failure) {
        Alert alert = new Alert(Alert.AlertType.WARNING, failure.getMessage());
        alert.initOwner(window.scene().getWindow());
        alert.setHeaderText(Texts.get("import.failed"));
        alert.getDialogPane().setId("importProblemAlert");
        alert.show();
    }

    private void acceptDrops(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (csvFile(event).isPresent()) event.acceptTransferModes(TransferMode.COPY);
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<Path> file = csvFile(event);
            file.ifPresent(this::preview);
            event.setDropCompleted(file.isPresent());
            event.consume();
        });
    }

    private static Optional<Path> csvFile(DragEvent event) {
        if (!event.getDragboard().hasFiles() || event.getDragboard().getFiles().size() != 1) return Optional.empty();
        File file = event.getDragboard().getFiles().get(0);
        return file.getName().toLowerCase(Locale.ROOT).endsWith(".csv") ? Optional.of(file.toPath()) : Optional.empty();
    }
}
