package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window against a live-mode API whose second page is refused. */
@ExtendWith(FxRobotExtension.class)
class MainWindowErrorTest {
    private static final String TRACE_ID = "5f0c2a7e-91d4-4b8e-a1f2-0c9d7e3b6a11";

    private final FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(120))
            .failOnPage(2, new ApiError(ApiErrorKind.UNAUTHORIZED, 401, "Unauthorized", "Token expired.", TRACE_ID, null));
    private final ExecutorService background = TestWindows.backgroundExecutor();
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        new MainWindow(TestWindows.viewModel(api, background, false, 50), new InMemoryWindowStateStore()).show(stage);
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        background.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void failedLoadShowsAReadableMessageAndTheTraceIdAndKeepsTheRowsItHad(FxRobot robot) throws TimeoutException {
        Node pane = waitForErrorPane(robot);

        assertThat(pane.isVisible()).isTrue();
        assertThat(robot.lookup("#loadErrorHeadline").queryAs(Label.class).getText()).isEqualTo("Could not load properties");
        String detail = robot.lookup("#loadErrorDetail").queryAs(Label.class).getText();
        assertThat(detail).startsWith("401 Unauthorized: Token expired.").contains("HOOD_API_TOKEN")
                .doesNotContain("Exception", "\tat ");
        TextField traceId = robot.lookup("#loadErrorTraceId").queryAs(TextField.class);
        assertThat(traceId.getText()).isEqualTo(TRACE_ID);
        assertThat(traceId.isEditable()).isFalse();
        assertThat(robot.lookup("#propertyCountLabel").queryAs(Label.class).getText()).isEqualTo("50 properties");
    }

    @Test
    void copyButtonPutsTheTraceIdOnTheClipboard(FxRobot robot) throws TimeoutException {
        waitForErrorPane(robot);

        robot.clickOn("#copyTraceIdButton");

        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo(TRACE_ID);
    }

    @Test
    void dismissHidesTheError(FxRobot robot) throws TimeoutException {
        Node pane = waitForErrorPane(robot);

        robot.clickOn("#dismissErrorButton");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.isVisible()).isFalse();
    }

    @Test
    void reloadAfterTheServerRecoveredClearsTheErrorAndLoadsEverything(FxRobot robot) throws TimeoutException {
        Node pane = waitForErrorPane(robot);
        api.clearFailures();

        robot.clickOn("#propertyTable").type(KeyCode.F5);

        Label count = robot.lookup("#propertyCountLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "120 properties".equals(count.getText()));
        assertThat(pane.isVisible()).isFalse();
    }

    @Test
    void liveModeHasNoDemoBanner(FxRobot robot) {
        assertThat(robot.lookup("#demoBanner").query().isVisible()).isFalse();
        assertThat(robot.lookup("#modeLabel").queryAs(Label.class).getText()).isEqualTo("Live");
        assertThat(stage.getTitle()).isEqualTo("Hood Admin");
    }

    private static Node waitForErrorPane(FxRobot robot) throws TimeoutException {
        Node pane = robot.lookup("#loadErrorPane").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, pane::isVisible);
        return pane;
    }
}
