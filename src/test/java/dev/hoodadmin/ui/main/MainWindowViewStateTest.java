package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import dev.hoodadmin.ui.find.FindBar;
import dev.hoodadmin.ui.find.FlagChoice;
import dev.hoodadmin.ui.table.PropertyColumns;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A window's view (filters, sort, column layout, selection, scroll) captured and given to a new window on the
 * same rows, as the app does when it rebuilds the window; and Reload all, which empties and refills the rows,
 * keeps the place too.
 */
@ExtendWith(FxRobotExtension.class)
class MainWindowViewStateTest {
    private static final int ROWS = 400;
    private final InMemoryWindowStateStore store = new InMemoryWindowStateStore();
    private final ExecutorService background = TestWindows.backgroundExecutor();
    private final FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(ROWS));

    @AfterEach
    void tearDown() throws TimeoutException {
        background.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void aNewWindowGivenTheCapturedViewShowsTheSameFiltersSortColumnsSelectionAndScroll(FxRobot robot) throws Exception {
        MainWindow first = open(robot);
        TableView<ProfileProperty> table = first.table();
        arrange(robot, first);
        robot.interact(() -> {
            column(table, PropertyColumns.DESCRIPTION).setPrefWidth(333);
            column(table, PropertyColumns.TARGET).setVisible(false);
            TableColumn<ProfileProperty, ?> label = column(table, PropertyColumns.LABEL);
            table.getColumns().remove(label);
            table.getColumns().add(0, label);
        });
        Place before = place(first);
        AtomicReference<ViewState> captured = new AtomicReference<>();
        robot.interact(() -> captured.set(first.captureView()));
        robot.interact(() -> first.table().getScene().getWindow().hide());

        MainWindow second = open(robot);
        robot.interact(() -> second.restoreView(captured.get()));

        waitFor(() -> before.equals(place(second)));
        TableView<ProfileProperty> rebuilt = second.table();
        assertThat(rebuilt.getColumns().get(0).getId()).isEqualTo(PropertyColumns.LABEL);
        assertThat(column(rebuilt, PropertyColumns.TARGET).isVisible()).isFalse();
        assertThat(column(rebuilt, PropertyColumns.DESCRIPTION).getWidth()).isEqualTo(333);
        assertThat(second.viewModel().find().piDataProperty().get()).isEqualTo(FlagChoice.NO);
    }

    @Test
    void reloadAllKeepsTheSelectionAndScrollPosition(FxRobot robot) throws Exception {
        MainWindow window = open(robot);
        arrange(robot, window);
        Place before = place(window);
        int pagesRead = api.requestedPages().size();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);

        waitFor(() -> api.requestedPages().size() >= 2 * pagesRead && !window.viewModel().status().loadingProperty().get());
        waitFor(() -> before.equals(place(window)));
        assertThat(place(window)).isEqualTo(before);
    }

    /** PI data "no" (Alt+P, then Down twice), "1" typed in the filter, sorted by label descending, a row far down. */
    private static void arrange(FxRobot robot, MainWindow window) throws Exception {
        TableView<ProfileProperty> table = window.table();
        robot.push(KeyCode.ALT, KeyCode.P).type(KeyCode.DOWN, 2);
        robot.clickOn("#" + FindBar.FILTER_ID).write("1");
        Label header = (Label) TestWindows.header(robot, column(table, PropertyColumns.LABEL)).lookup(".label");
        robot.clickOn(header).clickOn(header);
        waitFor(() -> table.getSortOrder().size() == 1
                && table.getSortOrder().get(0).getSortType() == TableColumn.SortType.DESCENDING);
        robot.clickOn("#" + FindBar.FILTER_ID).type(KeyCode.DOWN).type(KeyCode.PAGE_DOWN, 3);
        waitFor(() -> table.getSelectionModel().getSelectedIndex() > 20 && topIndex(table) > 0);
    }

    private record Place(String filter, FlagChoice piData, List<String> sort, String selectedId, String topId) {
    }

    private static Place place(MainWindow window) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TableView<ProfileProperty> table = window.table();
            ProfileProperty selected = table.getSelectionModel().getSelectedItem();
            int top = topIndex(table);
            return new Place(window.viewModel().find().textProperty().get(), window.viewModel().find().piDataProperty().get(),
                    table.getSortOrder().stream().map(c -> c.getId() + " " + c.getSortType()).toList(),
                    selected == null ? null : selected.id(),
                    top >= 0 && top < table.getItems().size() ? table.getItems().get(top).id() : null);
        }).get(5, TimeUnit.SECONDS);
    }

    private static int topIndex(TableView<?> table) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) return -1;
        IndexedCell<?> first = flow.getFirstVisibleCell();
        return first == null ? -1 : first.getIndex();
    }

    private MainWindow open(FxRobot robot) throws Exception {
        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            MainWindow created = new MainWindow(TestWindows.viewModel(api, background, false, 100), store);
            created.show(new Stage());
            window.set(created);
        });
        waitFor(() -> window.get().viewModel().properties().size() == ROWS
                && !window.get().viewModel().status().loadingProperty().get());
        return window.get();
    }

    private static TableColumn<ProfileProperty, ?> column(TableView<ProfileProperty> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
    }
}
