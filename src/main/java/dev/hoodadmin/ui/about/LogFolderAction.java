package dev.hoodadmin.ui.about;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.ui.common.BackgroundTasks;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * "Open log folder", for the About box and the Help menu. Opening runs off the FX thread; if it fails
 * the person gets the path to copy instead.
 */
public final class LogFolderAction {
    private static final System.Logger LOG = System.getLogger(LogFolderAction.class.getName());

    private final Path logFolder;
    private final FolderOpener opener;
    private final BackgroundTasks tasks;

    public LogFolderAction(Path logFolder, FolderOpener opener, BackgroundTasks tasks) {
        this.logFolder = logFolder;
        this.opener = opener;
        this.tasks = tasks;
    }

    public Path logFolder() {
        return logFolder;
    }

    /** Opens the folder; {@code onFailure} gets a sentence with the path, on the FX thread. */
    public void open(Consumer<String> onFailure) {
        tasks.run(() -> {
            Files.createDirectories(logFolder);
            opener.open(logFolder);
        }).onFailure(e -> {
            LOG.log(Level.WARNING, "Could not open the log folder", e);
            onFailure.accept(Texts.get("about.logFolder.failed", logFolder));
        }).start();
    }

    /** "Help → Open log folder": on failure an information box shows the path in a copyable field. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem(Texts.get("about.logFolder.item"));
        item.setId("openLogFolderItem");
        item.setOnAction(e -> open(message -> pathAlert(message).show()));
        return item;
    }

    private Alert pathAlert(String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(Texts.get("about.logFolder"));
        alert.setHeaderText(Texts.get("about.logFolder.notOpened"));
        TextField path = new TextField(logFolder.toString());
        path.setId("logFolderPathField");
        path.setEditable(false);
        path.setAccessibleText(Texts.get("about.logFolder.path"));
        alert.getDialogPane().setContent(new VBox(8, new Label(Texts.get("about.logFolder.copyPath")), path));
        return alert;
    }
}
