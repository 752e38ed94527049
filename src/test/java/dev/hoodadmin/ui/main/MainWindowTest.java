package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import dev.hoodadmin.ui.table.PropertyColumns;
import dev.hoodadmin.ui.table.SystemLockCell;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window in demo mode, filled from a fake API in pages of 50; page 3 waits for the test. */
@ExtendWith(FxRobotExtension.class)
class MainWindowTest {
    private final FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(250));
    private final CountDownLatch page3 = api.holdPage(3);
    private final ExecutorService background = TestWindows.backgroundExecutor();
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        new MainWindow(TestWindows.viewModel(api, background, true, 50), new InMemoryWindowStateStore()).show(stage);
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        TestWindows.closeAll(api, background);
    }

    @Test
    void tableFillsPageByPageShowingProgressThenTheFinalCount(FxRobot robot) throws TimeoutException {
        Label progressText = robot.lookup("#loadProgressText").queryAs(Label.class);
        Node loadStatus = robot.lookup("#loadStatus").query();
        waitUntil(() -> "Loaded 100 of 250".equals(progressText.getText()));

        assertThat(robot.lookup("#loadProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.4);
        assertThat(loadStatus.isVisible()).isTrue();
        assertThat(table(robot).getItems()).hasSize(100);
        assertThat(robot.lookup("#propertyCountLabel").queryAs(Label.class).getText()).isEqualTo("100 properties");
        assertThat(robot.lookup("#reloadButton").queryAs(Button.class).isDisabled()).isTrue();

        page3.countDown();
        waitUntil(() -> !loadStatus.isVisible());

        assertThat(table(robot).getItems()).hasSize(250);
        assertThat(robot.lookup("#propertyCountLabel").queryAs(Label.class).getText()).isEqualTo("250 properties");
        assertThat(robot.lookup("#reloadButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(api.callingThreads()).containsOnly(TestWindows.BACKGROUND_THREAD);
    }

    @Test
    void systemRowsShowALockWithTheExactTooltipAndOtherRowsDoNot(FxRobot robot) throws TimeoutException {
        loadAll(robot);

        List<TableCell<?, ?>> statusCells = robot.lookup(".status-cell").match(node -> {
            TableCell<?, ?> cell = (TableCell<?, ?>) node;
            return !cell.isEmpty() && cell.getTableRow() != null && cell.getTableRow().getItem() != null;
        }).queryAll().stream().map(node -> (TableCell<?, ?>) node).collect(Collectors.toList());
        assertThat(statusCells).hasSizeGreaterThan(5);
        for (TableCell<?, ?> cell : statusCells) {
            ProfileProperty row = (ProfileProperty) cell.getTableRow().getItem();
            boolean locked = cell.getGraphic() != null && cell.getGraphic().isVisible()
                    && cell.getGraphic().getStyleClass().contains("system-lock");
            assertThat(locked).as("lock shown on row %s", row.id()).isEqualTo(row.isSystem());
            if (row.isSystem()) {
                assertThat(cell.getTooltip().getText()).isEqualTo("System property — defined by Hood, not editable");
                assertThat(cell.getAccessibleText()).isEqualTo(SystemLockCell.tooltip());
            } else {
                assertThat(cell.getTooltip()).isNull();
            }
        }
        assertThat(statusCells).anyMatch(cell -> ((ProfileProperty) cell.getTableRow().getItem()).isSystem());
    }

    @Test
    void demoBannerIsShownInDemoMode(FxRobot robot) {
        Label banner = robot.lookup("#demoBanner").queryAs(Label.class);

        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("Demo mode — showing sample data from the built-in simulator. "
                + "To work on your account, sign in with the account menu in the status bar (or set HOOD_API_TOKEN).");
        assertThat(robot.lookup("#modeLabel").queryAs(Label.class).getText()).startsWith("Demo");
        assertThat(robot.lookup("#endpointLabel").queryAs(Label.class).getText()).isEqualTo(TestWindows.ENDPOINT);
        assertThat(stage.getTitle()).isEqualTo("Hood Admin — Demo");
    }

    @Test
    void clickingAColumnHeaderSortsTheLoadedRowsAndAgainReversesThem(FxRobot robot) throws TimeoutException {
        loadAll(robot);
        TableView<ProfileProperty> table = table(robot);
        Node labelHeader = TestWindows.header(robot, column(table, PropertyColumns.LABEL));

        robot.clickOn(labelHeader);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labels(table)).isSortedAccordingTo(Comparator.naturalOrder()).hasSize(250);
        assertThat(labels(table).get(0)).isEqualTo("Property 000");

        robot.clickOn(labelHeader);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labels(table)).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(labels(table).get(0)).isEqualTo("Property 249");
    }

    @Test
    void ctrlShiftRReloadsEverythingAndF5AsksOnlyForChanges(FxRobot robot) throws TimeoutException {
        loadAll(robot);
        Label count = robot.lookup("#propertyCountLabel").queryAs(Label.class);
        Button reload = robot.lookup("#reloadButton").queryAs(Button.class);

        robot.clickOn("#propertyTable").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R)
                .release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> api.requestedPages().size() == 10 && "250 properties".equals(count.getText()) && !reload.isDisabled());

        robot.type(KeyCode.F5);
        // the fake ignores filters, so the refresh sees every row again: nothing changed; then one row for the total
        waitUntil(() -> "No changes since the last read".equals(
                robot.lookup("#refreshResultLabel").queryAs(Label.class).getText()));
        assertThat(api.requestedPages()).hasSize(16);
        assertThat(count.getText()).isEqualTo("250 properties");
    }

    @Test
    void cellsShowOneLineDescriptionsYesNoFlagsJoinedAliasesAndEmptyNulls(FxRobot robot) throws TimeoutException {
        loadAll(robot);
        TableView<ProfileProperty> table = table(robot);

        for (TableCell<?, ?> cell : visibleCells(robot, table, PropertyColumns.DESCRIPTION)) {
            ProfileProperty row = (ProfileProperty) cell.getTableRow().getItem();
            assertThat(cell.getText()).doesNotContain("\n").isEqualTo(row.description().replace("\n", " "));
            assertThat(cell.getTooltip().getText()).isEqualTo(row.description());
        }
        List<TableCell<?, ?>> piData = visibleCells(robot, table, PropertyColumns.PI_DATA);
        for (TableCell<?, ?> cell : piData) {
            Boolean flag = ((ProfileProperty) cell.getTableRow().getItem()).piData();
            assertThat(cell.getText()).isEqualTo(flag == null ? "" : flag ? "Yes" : "No");
        }
        assertThat(piData).extracting(TableCell::getText).contains("Yes", "No", "");
        for (TableCell<?, ?> cell : visibleCells(robot, table, PropertyColumns.IMPORT_ALIASES)) {
            ProfileProperty row = (ProfileProperty) cell.getTableRow().getItem();
            String expected = row.importAliases().isEmpty() ? null : String.join(", ", row.importAliases());
            assertThat(cell.getText()).isEqualTo(expected);
        }
    }

    @Test
    void everyControlHasAnIdAndAccessibleText(FxRobot robot) {
        for (String id : List.of("#mainToolBar", "#reloadButton", "#refreshButton", "#filterField", "#kindFilter",
                "#dataTypeFilter", "#piDataFilter", "#importableFilter", "#exportableFilter", "#mainMenuBar", "#propertyTable", "#statusBar", "#endpointLabel",
                "#modeLabel", "#propertyCountLabel", "#demoBanner", "#loadErrorTraceId", "#copyTraceIdButton",
                "#dismissErrorButton")) {
            Node node = robot.lookup(id).query();
            assertThat(node.getAccessibleText()).as(id).isNotBlank();
        }
    }

    /** Cells of one column on screen; scrolls the column into view first (cells are only made for what shows). */
    private static List<TableCell<?, ?>> visibleCells(FxRobot robot, TableView<ProfileProperty> table, String columnId) {
        TableColumn<ProfileProperty, ?> column = column(table, columnId);
        robot.interact(() -> table.scrollToColumn(column));
        List<TableCell<?, ?>> cells = robot.lookup(".table-cell").match(node -> {
            TableCell<?, ?> cell = (TableCell<?, ?>) node;
            return cell.getTableColumn() == column && !cell.isEmpty() && cell.getTableRow() != null
                    && cell.getTableRow().getItem() != null;
        }).queryAll().stream().map(node -> (TableCell<?, ?>) node).collect(Collectors.toList());
        assertThat(cells).as("cells of %s on screen", columnId).hasSizeGreaterThan(5);
        return cells;
    }

    private void loadAll(FxRobot robot) throws TimeoutException {
        page3.countDown();
        Label count = robot.lookup("#propertyCountLabel").queryAs(Label.class);
        Button reload = robot.lookup("#reloadButton").queryAs(Button.class);
        waitUntil(() -> "250 properties".equals(count.getText()) && !reload.isDisabled());
    }

    @SuppressWarnings("unchecked")
    private static TableView<ProfileProperty> table(FxRobot robot) {
        return robot.lookup("#propertyTable").queryAs(TableView.class);
    }

    private static TableColumn<ProfileProperty, ?> column(TableView<ProfileProperty> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static List<String> labels(TableView<ProfileProperty> table) {
        return table.getItems().stream().map(ProfileProperty::label).collect(Collectors.toList());
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
