package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableView;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The row at the top of the view stays there on screen when a filter changes every row: with one fixed row
 * height the table must also have moved its rows, so a click there picks the row the person was looking at.
 */
@ExtendWith(FxRobotExtension.class)
class TablePlaceOnScreenTest {
    private final FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(2_000));
    private final ExecutorService background = TestWindows.backgroundExecutor();
    private TableView<ProfileProperty> table;

    @Start
    void start(Stage primary) {
        MainWindow window = new MainWindow(TestWindows.viewModel(api, background, false, 5_000),
                new InMemoryWindowStateStore());
        table = window.table();
        window.show(new Stage());
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        background.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void theRowAtTheTopStaysUnderTheMouseWhenTheFilterIsCleared(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "2,000 properties".equals(TestWindows.countText(robot)));
        robot.clickOn("#filterField").write("target_1");
        // target_1, target_10 … 19, target_100 … 199, target_1000 … 1999
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Showing 1,111 of 2,000".equals(TestWindows.countText(robot)));
        Point2D topRow = justBelowTheHeaders();
        robot.clickOn(topRow);
        for (int i = 0; i < 6; i++) robot.type(KeyCode.PAGE_DOWN);
        robot.clickOn(topRow);
        ProfileProperty top = table.getSelectionModel().getSelectedItem();
        assertThat(top).isNotNull();
        assertThat(table.getItems().indexOf(top)).as("scrolled down").isGreaterThan(20);

        robot.clickOn("#filterField").eraseText("target_1".length());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "2,000 properties".equals(TestWindows.countText(robot)));
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> table.getSelectionModel().clearSelection());

        robot.clickOn(topRow);
        assertThat(table.getSelectionModel().getSelectedItem()).as("the row under the mouse").isSameAs(top);
    }

    /** A point in the first row the table shows, a little below its column headers (bounds read on JavaFX's thread). */
    private Point2D justBelowTheHeaders() {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            Node background = table.lookup(".column-header-background");
            Bounds headers = background.localToScreen(background.getBoundsInLocal());
            return new Point2D(headers.getMinX() + 40, headers.getMaxY() + 4);
        });
    }

}
