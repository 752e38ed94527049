package dev.hoodadmin.ui.about;

import dev.hoodadmin.api.Version;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.BackgroundTasks;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FxRobotExtension.class)
class AboutPaneTest {
    @TempDir
    Path data;
    private Path logs;
    private LogFolderAction action;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final AtomicReference<String> openedOn = new AtomicReference<>();
    private volatile boolean openerFails;

    @Start
    void start(Stage stage) {
        FolderOpener opener = folder -> {
            if (openerFails) throw new IOException("no file manager");
            openedOn.set(folder + " on " + (Platform.isFxApplicationThread() ? "fx" : "background"));
        };
        logs = data.resolve("logs");
        action = new LogFolderAction(logs, opener, BackgroundTasks.onFxThread(background));
        stage.setScene(new Scene(new AboutPane(AboutInfo.current(data, logs), action).root()));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    @Test
    void showsVersionsAndFolders(FxRobot robot) {
        assertThat(field(robot, "#aboutVersion")).isEqualTo(Version.current()).isNotEqualTo("dev");
        assertThat(field(robot, "#aboutJavaVersion")).startsWith(System.getProperty("java.version"));
        assertThat(field(robot, "#aboutJavafxVersion")).isEqualTo(System.getProperty("javafx.runtime.version")).isNotBlank();
        assertThat(field(robot, "#aboutDataFolder")).isEqualTo(data.toString());
    }

    @Test
    void opensTheLogFolderOffTheFxThread(FxRobot robot) throws Exception {
        robot.clickOn("#openLogFolderButton");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> openedOn.get() != null);
        assertThat(openedOn.get()).isEqualTo(logs + " on background");
        assertThat(robot.lookup("#openLogFolderError").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void whenOpeningFailsThePathIsShownToCopy(FxRobot robot) throws Exception {
        openerFails = true;

        robot.clickOn("#openLogFolderButton");

        Label error = robot.lookup("#openLogFolderError").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, error::isVisible);
        assertThat(error.getText()).isEqualTo("The log folder could not be opened. Its path is: " + logs);
    }

    @Test
    void theHelpMenuItemShowsThePathWhenOpeningFails(FxRobot robot) throws Exception {
        openerFails = true;

        robot.interact(() -> action.menuItem().fire());

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#logFolderPathField").tryQuery().isPresent());
        assertThat(field(robot, "#logFolderPathField")).isEqualTo(logs.toString());
    }
}
