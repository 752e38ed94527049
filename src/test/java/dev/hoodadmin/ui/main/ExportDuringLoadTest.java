package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import dev.hoodadmin.ui.imports.ExportFeature;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Export… "All" chosen while the properties are still loading writes every one of them, or nothing. */
@ExtendWith(FxRobotExtension.class)
class ExportDuringLoadTest {
    private static final int PROPERTIES = 300;
    private final FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(PROPERTIES));
    private final ExecutorService background = TestWindows.backgroundExecutor();
    /** The last of three pages of 100 arrives only when the test says. */
    private final CountDownLatch lastPage = api.holdPage(3);
    private MainWindow window;
    @TempDir
    Path files;
    private Path chosen;

    @Start
    void start(Stage primary) {
        window = new MainWindow(TestWindows.viewModel(api, background, false, 100), new InMemoryWindowStateStore());
        ExportFeature.install(window, BackgroundTasks.of(background, Platform::runLater),
                (owner, suggested) -> Optional.of(chosen));
        window.show(new Stage());
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        TestWindows.closeAll(api, background);
    }

    @Test
    void allChosenWhileLoadingWaitsForTheRestAndWritesEveryProperty(FxRobot robot) throws Exception {
        chosen = files.resolve("all.csv");
        exportAllWhileTwoPagesAreLoaded(robot);

        lastPage.countDown();

        waitUntil(() -> Files.exists(chosen) && !progress(robot).isVisible());
        try (Reader file = Files.newBufferedReader(chosen); CSVParser csv = CSVFormat.DEFAULT.parse(file)) {
            assertThat(csv.getRecords()).as("a header and every property").hasSize(PROPERTIES + 1);
        }
    }

    @Test
    void aLoadThatFailsLeavesNoFileAndSaysWhy(FxRobot robot) throws Exception {
        chosen = files.resolve("all.csv");
        api.failOnPage(3, new ApiError(ApiErrorKind.SERVER_ERROR, 500, "Server error.", "Try again later", "trace-3", null));
        exportAllWhileTwoPagesAreLoaded(robot);

        lastPage.countDown();

        waitUntil(() -> robot.lookup(".alert").tryQuery().isPresent());
        assertThat(robot.lookup(".alert .content").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("Loading the properties stopped (");
        assertThat(progress(robot).isVisible()).isFalse();
        assertThat(chosen).doesNotExist();
    }

    @Test
    void stoppingTheWaitWritesNothing(FxRobot robot) throws Exception {
        chosen = files.resolve("all.csv");
        exportAllWhileTwoPagesAreLoaded(robot);

        robot.clickOn("#exportCancelWaitButton");
        waitUntil(() -> !progress(robot).isVisible());
        lastPage.countDown();

        waitUntil(() -> window.table().getItems().size() == PROPERTIES);
        WaitForAsyncUtils.waitForFxEvents();
        background.submit(() -> { }).get(10, TimeUnit.SECONDS); // a write the load's end started would be done
        assertThat(chosen).doesNotExist();
        assertThat(robot.lookup("#exportCancelWaitButton").queryAs(Node.class).isVisible()).isFalse();
    }

    /** Opens File → Export… with 200 of 300 rows in, keeps "All", presses OK: the file then waits for the load. */
    private void exportAllWhileTwoPagesAreLoaded(FxRobot robot) throws Exception {
        waitUntil(() -> window.table().getItems().size() == 200);
        robot.clickOn("#propertyTable").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E)
                .release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#exportAll").queryAs(RadioButton.class).getText())
                .isEqualTo("All properties (200 so far; the file is written once reading them from the server is done)");
        robot.clickOn((Node) robot.lookup("#exportDialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));

        // waiting for the load: an indeterminate bar, no file
        waitUntil(() -> progress(robot).isVisible() && progress(robot).isIndeterminate());
        assertThat(chosen).doesNotExist();
    }

    private static ProgressBar progress(FxRobot robot) {
        return robot.lookup("#exportProgress").queryAs(ProgressBar.class);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.waitForAsyncFx(5_000, condition));
    }
}
