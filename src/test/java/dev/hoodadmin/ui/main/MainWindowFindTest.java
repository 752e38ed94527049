package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import dev.hoodadmin.ui.find.KindChoice;
import dev.hoodadmin.ui.find.RowPass;
import dev.hoodadmin.ui.table.PropertyColumns;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter box and quick filters in the window, over 300 rows from a fake API, filtering on its own thread. */
@ExtendWith(FxRobotExtension.class)
class MainWindowFindTest {
    private static final String FILTER_THREAD = "test-filter";

    private final FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(300));
    private final ExecutorService background = TestWindows.backgroundExecutor();
    private final ExecutorService filtering = TestWindows.namedThread(FILTER_THREAD);
    private final List<String> passThreads = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage primary) {
        RowPass.Computation recorded = (input, cancelled) -> {
            passThreads.add(Thread.currentThread().getName());
            return RowPass.compute(input, cancelled);
        };
        Stage stage = new Stage();
        new MainWindow(TestWindows.viewModel(api, background, filtering, recorded, false, 100),
                new InMemoryWindowStateStore()).show(stage);
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        background.shutdownNow();
        filtering.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void typingFiltersByTargetLabelOrDescriptionAndSaysHowManyShowOffTheFxThread(FxRobot robot) throws TimeoutException {
        loadAll(robot);

        robot.clickOn("#filterField").write("TARGET_12");

        // target_12 and target_120 … target_129
        waitUntil(() -> "Showing 11 of 300".equals(TestWindows.countText(robot)));
        assertThat(table(robot).getItems()).hasSize(11)
                .allSatisfy(row -> assertThat(row.target()).startsWith("target_12"));
        assertThat(passThreads).isNotEmpty().containsOnly(FILTER_THREAD);

        robot.eraseText(9).write("line two of 29");
        // descriptions "Line one of 29\nline two of 29" and … of 290 to 299
        waitUntil(() -> "Showing 11 of 300".equals(TestWindows.countText(robot))
                && table(robot).getItems().stream().allMatch(row -> row.description().contains("two of 29")));
    }

    @Test
    void escClearsTheBoxAndShowsEveryRowAgain(FxRobot robot) throws TimeoutException {
        loadAll(robot);
        robot.clickOn("#filterField").write("target_7");
        waitUntil(() -> TestWindows.countText(robot).startsWith("Showing"));

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> "300 properties".equals(TestWindows.countText(robot)));
        assertThat(robot.lookup("#filterField").queryAs(TextField.class).getText()).isEmpty();
        assertThat(table(robot).getItems()).hasSize(300);
    }

    @Test
    void quickFiltersCombineWithTheTextAndWithEachOther(FxRobot robot) throws TimeoutException {
        loadAll(robot);
        robot.clickOn("#filterField").write("target_1");
        waitUntil(() -> "Showing 111 of 300".equals(TestWindows.countText(robot)));

        robot.clickOn("#kindFilter").clickOn("Kind: System only");
        // every 5th row is a system row: 10, 15, 100, 105 … 195
        waitUntil(() -> "Showing 22 of 300".equals(TestWindows.countText(robot)));
        assertThat(table(robot).getItems()).allMatch(ProfileProperty::isSystem);

        robot.clickOn("#dataTypeFilter").clickOn("Data type: number");
        // of those, data type "number" where i % 3 == 0: 15, 105, 120, 135, 150, 165, 180, 195
        waitUntil(() -> "Showing 8 of 300".equals(TestWindows.countText(robot)));
        ComboBox<?> kind = robot.lookup("#kindFilter").queryAs(ComboBox.class);
        assertThat(kind.getAccessibleText()).isEqualTo("Kind filter: System only");

        robot.interact(() -> robot.lookup("#kindFilter").queryAs(ComboBox.class).getSelectionModel().select(KindChoice.ALL));
        waitUntil(() -> "Showing 36 of 300".equals(TestWindows.countText(robot)));
        assertThat(table(robot).getItems()).allMatch(row -> "number".equals(row.dataType())
                && row.target().startsWith("target_1"));
    }

    @Test
    void columnSortingStillWorksWhileFiltered(FxRobot robot) throws TimeoutException {
        loadAll(robot);
        robot.clickOn("#filterField").write("target_2");
        waitUntil(() -> "Showing 111 of 300".equals(TestWindows.countText(robot)));
        TableView<ProfileProperty> table = table(robot);
        Node labelHeader = TestWindows.header(robot, column(table, PropertyColumns.LABEL));

        // the sort runs in the background pass: wait for its result
        robot.clickOn(labelHeader);
        waitUntil(() -> isSorted(labels(table), Comparator.naturalOrder()));
        assertThat(labels(table)).hasSize(111);

        robot.clickOn(labelHeader);
        waitUntil(() -> isSorted(labels(table), Comparator.<String>naturalOrder().reversed()));
        assertThat(labels(table)).hasSize(111);
        assertThat(table.getItems()).allMatch(row -> row.target().startsWith("target_2"));
    }

    @Test
    void ctrlFFocusesTheFilterBoxFromTheTable(FxRobot robot) throws TimeoutException {
        loadAll(robot);
        robot.clickOn("#propertyTable");
        assertThat(robot.lookup("#filterField").query().isFocused()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#filterField").query().isFocused());
    }

    @Test
    void tabMovesFromTheFilterBoxThroughTheQuickFiltersAndCommandsToTheTable(FxRobot robot) throws TimeoutException {
        loadAll(robot);
        robot.clickOn("#filterField");
        List<String> order = new CopyOnWriteArrayList<>();

        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = robot.lookup("#filterField").query().getScene().getFocusOwner();
            order.add(focused == null ? "none" : focused.getId());
        }

        assertThat(order).containsExactly("kindFilter", "dataTypeFilter", "piDataFilter", "importableFilter",
                "exportableFilter", "refreshButton", "reloadButton", "propertyTable");
    }

    @Test
    void buttonsAndFieldNameTheirShortcutsInTooltips(FxRobot robot) {
        assertThat(robot.lookup("#refreshButton").queryAs(Button.class).getTooltip().getText()).endsWith("(F5)");
        assertThat(robot.lookup("#reloadButton").queryAs(Button.class).getTooltip().getText())
                .endsWith("(" + dev.hoodadmin.ui.menu.Shortcuts.RELOAD.getDisplayText() + ")");
        assertThat(robot.lookup("#filterField").queryAs(TextField.class).getTooltip().getText())
                .contains(dev.hoodadmin.ui.menu.Shortcuts.FIND.getDisplayText()).contains("Esc");
    }

    private void loadAll(FxRobot robot) throws TimeoutException {
        Button reload = robot.lookup("#reloadButton").queryAs(Button.class);
        waitUntil(() -> "300 properties".equals(TestWindows.countText(robot)) && !reload.isDisabled());
    }


    @SuppressWarnings("unchecked")
    private static TableView<ProfileProperty> table(FxRobot robot) {
        return robot.lookup("#propertyTable").queryAs(TableView.class);
    }

    private static TableColumn<ProfileProperty, ?> column(TableView<ProfileProperty> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static List<String> labels(TableView<ProfileProperty> table) {
        return table.getItems().stream().map(ProfileProperty::label).toList();
    }

    private static boolean isSorted(List<String> values, Comparator<String> order) {
        for (int i = 1; i < values.size(); i++) {
            if (order.compare(values.get(i - 1), values.get(i)) > 0) return false;
        }
        return true;
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
