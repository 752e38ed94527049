package dev.hoodadmin.ui.main;

import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.AppTheme;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import dev.hoodadmin.ui.common.WindowStateBinder;
import dev.hoodadmin.ui.menu.HelpActions;
import dev.hoodadmin.ui.text.LanguageController;
import dev.hoodadmin.ui.theme.ThemeChoice;
import dev.hoodadmin.ui.theme.ThemeController;
import dev.hoodadmin.ui.theme.ThemePreference;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's menus: theme choice applied and remembered, Quit, and Help wired to the app's callbacks. */
@ExtendWith(FxRobotExtension.class)
class MainWindowMenuTest {
    private final ExecutorService background = TestWindows.backgroundExecutor();
    private final ExecutorService osQuery = TestWindows.namedThread("test-os-theme");
    private final ThemePreference preference = ThemePreference.inMemory(null);
    private final List<Window> aboutOwners = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        // the OS says dark: "Follow system" (the default) should end up dark
        ThemeController themes = new ThemeController(preference, () -> Optional.of(AppTheme.DARK),
                BackgroundTasks.onFxThread(osQuery), AppTheme::apply);
        MainViewModel vm = TestWindows.viewModel(new FakePropertyApi(FakePropertyApi.sample(20)), background, false, 50);
        new MainWindow(vm, new WindowStateBinder(new InMemoryWindowStateStore()), themes, LanguageController.current(),
                new HelpActions(aboutOwners::add, null)).show(stage);
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        background.shutdownNow();
        osQuery.shutdownNow();
        FxToolkit.cleanupStages();
        FxToolkit.setupFixture(AppTheme.LIGHT::apply);
    }

    @Test
    void followsTheSystemThenTheChoiceFromTheViewMenuIsAppliedAndRemembered(FxRobot robot) throws TimeoutException {
        waitUntilTheme(AppTheme.DARK);
        assertThat(preference.load()).isEmpty();

        robot.clickOn("View").clickOn("Light theme");

        waitUntilTheme(AppTheme.LIGHT);
        assertThat(preference.load()).contains(ThemeChoice.LIGHT);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntilTheme(AppTheme.DARK);
        assertThat(preference.load()).contains(ThemeChoice.DARK);
    }

    @Test
    void ctrlQClosesTheWindowUnlessACloseRequestHandlerObjects(FxRobot robot) throws TimeoutException {
        robot.interact(() -> stage.setOnCloseRequest(WindowEvent::consume));
        robot.clickOn("#propertyTable").press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();

        robot.interact(() -> stage.setOnCloseRequest(null));
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
    }

    @Test
    void helpOffersOnlyWhatTheAppWiredAndHandsItTheWindow(FxRobot robot) throws TimeoutException {
        robot.clickOn("Help");
        assertThat(robot.lookup("About Hood Admin…").tryQuery()).isPresent();
        assertThat(robot.lookup("Open log folder").tryQuery()).isEmpty();

        robot.clickOn("About Hood Admin…");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> aboutOwners.size() == 1);
        assertThat(aboutOwners).containsExactly(stage);
    }

    private static void waitUntilTheme(AppTheme theme) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> theme.userAgentStylesheet().equals(Application.getUserAgentStylesheet()));
    }
}
