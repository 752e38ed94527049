package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.find.FilterExecution;
import dev.hoodadmin.ui.find.FindModel;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows that change without moving (an edit applied, a page arriving) leave the selected cells, the selected row and
 * the focused cell exactly as the person left them. JavaFX 21's own handling of such changes, with cells selected,
 * selects every cell of the selected row (or of the row above an edited one) and moves the focus to the last column.
 */
@ExtendWith(FxRobotExtension.class)
class SelectionKeptTest {
    private final ObservableList<ProfileProperty> rows = FXCollections.observableArrayList(FakePropertyApi.sample(300));
    private TableView<ProfileProperty> table;
    private FindModel find;

    @Start
    void start(Stage stage) {
        find = new FindModel(rows, FilterExecution.inPlace());
        table = PropertyTable.create(find);
        stage.setScene(new Scene(table, 1000, 600));
        stage.show();
    }

    @BeforeEach
    void selectTwoCells(FxRobot robot) {
        // as the editor's table has it: cells selected, several at a time; row 3 selected last (the selected row)
        robot.interact(() -> {
            var selection = table.getSelectionModel();
            selection.setCellSelectionEnabled(true);
            selection.setSelectionMode(SelectionMode.MULTIPLE);
            selection.select(7, table.getColumns().get(1));
            selection.select(3, table.getColumns().get(2));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void anEditAppliedToTheSelectedRowKeepsTheSelectionAndShowsTheEdit(FxRobot robot) {
        describe(robot, 3, "edited");

        assertSelectionAsLeft();
        assertThat(table.getSelectionModel().getSelectedItem().description()).isEqualTo("edited");
    }

    @Test
    void anEditAppliedToAnotherSelectedRowKeepsTheSelection(FxRobot robot) {
        describe(robot, 7, "edited");

        assertSelectionAsLeft();
        assertThat(table.getItems().get(7).description()).isEqualTo("edited");
    }

    @Test
    void anEditAppliedToARowAboveTheSelectedRowKeepsTheSelection(FxRobot robot) {
        describe(robot, 1, "edited");

        assertSelectionAsLeft();
        assertThat(table.getItems().get(1).description()).isEqualTo("edited");
    }

    @Test
    void editsAppliedToSeveralRowsAtOnceKeepTheSelection(FxRobot robot) {
        robot.interact(() -> {
            for (int row : new int[]{1, 3, 7, 20}) rows.set(row, rows.get(row).with(UpdatableField.EXAMPLE, "e" + row));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertSelectionAsLeft();
        assertThat(table.getSelectionModel().getSelectedItem().example()).isEqualTo("e3");
    }

    @Test
    void aPageArrivingKeepsTheSelection(FxRobot robot) {
        robot.interact(() -> rows.addAll(FakePropertyApi.sample(400).subList(300, 400)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).hasSize(400);
        assertSelectionAsLeft();
    }

    @Test
    void aFilterKeepsEverySelectedCellOfTheRowsItShowsPutBackInOneStep(FxRobot robot) {
        robot.interact(() -> table.getSelectionModel().selectAll());
        List<Integer> changes = new ArrayList<>();
        ListChangeListener<TablePosition> counter = change -> changes.add(1);
        robot.interact(() -> {
            table.getSelectionModel().getSelectedCells().addListener(counter);
            find.textProperty().set("target_1");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> table.getSelectionModel().getSelectedCells().removeListener(counter));

        // target_1, target_10…19, target_100…199: 111 rows, every cell of each still selected
        assertThat(table.getItems()).hasSize(111);
        assertThat(table.getSelectionModel().getSelectedCells()).hasSize(111 * table.getVisibleLeafColumns().size());
        // one cell at a time, 1,665 changes, each to every listener: seconds at a few thousand rows
        assertThat(changes).hasSizeLessThan(5);
    }

    @Test
    void anEditAppliedToTheSelectedRowOfAWholeTableSelectionKeepsEveryCellSelected(FxRobot robot) {
        // JavaFX drops all 4,500 cells but the row above's: put back in one step, not one cell at a time
        robot.interact(() -> table.getSelectionModel().selectAll());
        int last = rows.size() - 1;
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(last);

        describe(robot, last, "edited");

        var selection = table.getSelectionModel();
        assertThat(selection.getSelectedCells()).hasSize(rows.size() * table.getVisibleLeafColumns().size());
        assertThat(selection.getSelectedIndex()).isEqualTo(last);
        assertThat(selection.getSelectedItem().description()).isEqualTo("edited");
    }

    /** Applies an edit of row {@code row}'s description, as the queue does once the server took it. */
    private void describe(FxRobot robot, int row, String description) {
        robot.interact(() -> rows.set(row, rows.get(row).with(UpdatableField.DESCRIPTION, description)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertSelectionAsLeft() {
        var selection = table.getSelectionModel();
        List<String> cells = selection.getSelectedCells().stream()
                .map(position -> position.getRow() + "/" + table.getColumns().indexOf(position.getTableColumn()))
                .toList();
        assertThat(cells).containsExactlyInAnyOrder("7/1", "3/2");
        assertThat(selection.getSelectedIndex()).isEqualTo(3);
        assertThat(selection.getSelectedItem()).isSameAs(table.getItems().get(3));
        var focused = table.getFocusModel().getFocusedCell();
        assertThat(focused.getRow() + "/" + table.getColumns().indexOf(focused.getTableColumn())).isEqualTo("3/2");
    }
}
