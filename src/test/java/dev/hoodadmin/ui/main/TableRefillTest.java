package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Paint;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typing in the filter gives each visible row of the table its new property once, and its style (system rows
 * muted) before it is drawn. JavaFX's table, told that its
 * rows were replaced, empties every visible row and fills it with the same property again (running its CSS each
 * time): twice the work on the JavaFX thread for every keystroke.
 */
@ExtendWith(FxRobotExtension.class)
class TableRefillTest {
    private final FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(5_000));
    private final ExecutorService background = TestWindows.backgroundExecutor();
    /** How often a row of the table was given a property at an index (a row scrolled to another index counts anew). */
    private final Map<String, AtomicInteger> fills = new ConcurrentHashMap<>();
    /** Rows the table made (it keeps them and makes more only when more fit on screen). */
    private final AtomicInteger rowsMade = new AtomicInteger();
    private TableView<ProfileProperty> table;

    @Start
    void start(Stage primary) {
        MainWindow window = new MainWindow(TestWindows.viewModel(api, background, false, 5_000),
                new InMemoryWindowStateStore());
        table = window.table();
        var rows = table.getRowFactory();
        table.setRowFactory(view -> {
            TableRow<ProfileProperty> row = rows.call(view);
            rowsMade.incrementAndGet();
            row.itemProperty().addListener((obs, old, property) -> {
                if (property == null) return;
                String fill = System.identityHashCode(row) + " at " + row.getIndex() + ": " + property.target();
                fills.computeIfAbsent(fill, key -> new AtomicInteger()).incrementAndGet();
            });
            return row;
        });
        window.show(new Stage());
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        background.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void eachVisibleRowIsFilledOncePerKeystroke(FxRobot robot) throws Exception {
        waitUntil(() -> "5,000 properties".equals(TestWindows.countText(robot)));
        for (String typed : List.of("target_1", "target_12", "target_123", "target_12", "")) {
            robot.interact(fills::clear);
            robot.interact(() -> robot.lookup("#filterField").queryTextInputControl().setText(typed));
            String expected = typed.isEmpty() ? "5,000 properties" : null;
            waitUntil(() -> expected == null ? TestWindows.countText(robot).startsWith("Showing") && !fills.isEmpty()
                    : expected.equals(TestWindows.countText(robot)));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(fills).as("rows filled after typing '%s'", typed).isNotEmpty();
            assertThat(fills).as("rows given the same property at the same place again after typing '%s'", typed)
                    .allSatisfy((fill, count) -> assertThat(count.get()).isEqualTo(1));
            assertRowsStyledByKind(robot, typed);
        }
        // rows scrolled into view by the wheel are filled outside a pulse too
        robot.interact(fills::clear);
        robot.moveTo(table).scroll(15, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fills).as("rows filled by scrolling").isNotEmpty();
        assertRowsStyledByKind(robot, "(scrolled)");
    }

    /** The rows are scrolled to the kept top row once, before they change (not again after). */
    @Test
    void typingWithTheTopRowFarDownKeepsItThereAndTheTableMakesNoRows(FxRobot robot) throws Exception {
        waitUntil(() -> "5,000 properties".equals(TestWindows.countText(robot)));
        type(robot, "target_12");
        // a row far down in both lists below, with more rows after it than the table shows at once
        String kept = WaitForAsyncUtils.asyncFx(() -> table.getItems().get(50).target()).get(10, TimeUnit.SECONDS);
        type(robot, "target_1");
        int far = indexOf(kept);
        assertThat(far).isGreaterThan(100);
        robot.interact(() -> table.scrollTo(far)); // the person scrolled down to it
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topRow()).isEqualTo(kept);
        int made = rowsMade.get();
        for (String typed : List.of("target_12", "target_1", "target_12", "target_1")) {
            robot.interact(fills::clear);
            type(robot, typed);
            assertThat(topRow()).as("the top row after typing '%s'", typed).isEqualTo(kept);
            assertThat(fills).as("rows given the same property at the same place again after typing '%s'", typed)
                    .allSatisfy((fill, count) -> assertThat(count.get()).isEqualTo(1));
        }
        assertThat(rowsMade.get()).as("rows the table made while the person typed").isEqualTo(made);
    }

    /**
     * The place keeper used to lay the rows out a second time after a change, at the old place with the new row
     * count, where the table made rows it then kept (here 1 at the first clearing of the filter and 9 at the second
     * round's "target_99"; 9 rows at one keystroke took 55 ms of the JavaFX thread at 100,000 rows).
     */
    @Test
    void typingMakesNoRowsOnceTheTableIsFull(FxRobot robot) throws Exception {
        waitUntil(() -> "5,000 properties".equals(TestWindows.countText(robot)));
        int made = rowsMade.get();
        for (int round = 0; round < 2; round++) {
            for (String typed : List.of("target_9", "target_99", "target_999", "target_99", "target_9")) {
                type(robot, typed);
                assertThat(rowsMade.get()).as("rows made by round %d's '%s'", round, typed).isEqualTo(made);
            }
            robot.interact(() -> robot.lookup("#filterField").queryTextInputControl().setText(""));
            waitUntil(() -> "5,000 properties".equals(TestWindows.countText(robot)));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(rowsMade.get()).as("rows made by clearing the filter in round %d", round).isEqualTo(made);
        }
    }

    private void type(FxRobot robot, String text) throws TimeoutException {
        robot.interact(() -> robot.lookup("#filterField").queryTextInputControl().setText(text));
        waitUntil(() -> TestWindows.countText(robot).startsWith("Showing")
                && table.getItems().stream().allMatch(p -> p.target().contains(text)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int indexOf(String target) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).target().equals(target)) return i;
            }
            return -1;
        }).get(10, TimeUnit.SECONDS);
    }

    /** The property of the first row wholly or partly on screen. */
    private String topRow() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
            return ((TableRow<?>) flow.getFirstVisibleCell()).getItem() instanceof ProfileProperty p ? p.target() : null;
        }).get(10, TimeUnit.SECONDS);
    }

    /** Rows now showing a system property have the muted text of system rows (their CSS ran), the others do not. */
    private void assertRowsStyledByKind(FxRobot robot, String typed) throws Exception {
        Map<Boolean, Set<Paint>> fills = WaitForAsyncUtils.asyncFx(() -> {
            Map<Boolean, Set<Paint>> byKind = new HashMap<>();
            for (Node node : table.lookupAll(".table-row-cell")) {
                if (!(node instanceof TableRow<?> row) || row.isEmpty() || !row.isVisible()
                        || !(row.getItem() instanceof ProfileProperty property)) continue;
                Labeled cell = (Labeled) row.lookup(".table-cell");
                byKind.computeIfAbsent(property.isSystem(), kind -> new HashSet<>()).add(cell.getTextFill());
            }
            return byKind;
        }).get(10, TimeUnit.SECONDS);
        assertThat(fills.keySet()).as("system and other rows shown after typing '%s'", typed).contains(true, false);
        assertThat(fills.get(true)).as("text colours of system rows after typing '%s'", typed).hasSize(1)
                .doesNotContainAnyElementsOf(fills.get(false));
        assertThat(fills.get(false)).as("text colours of other rows after typing '%s'", typed).hasSize(1);
    }


    private static void waitUntil(java.util.function.BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
