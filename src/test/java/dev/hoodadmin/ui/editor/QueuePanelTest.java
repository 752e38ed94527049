package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.ui.table.PropertyColumns;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.Objects;

import static dev.hoodadmin.ui.editor.EditorHarness.COUPON_CODE;
import static dev.hoodadmin.ui.editor.EditorHarness.HOME_LOCATION;
import static dev.hoodadmin.ui.editor.EditorHarness.LIFETIME_VALUE;
import static dev.hoodadmin.ui.editor.EditorHarness.LOYALTY_TIER;
import static dev.hoodadmin.ui.editor.EditorHarness.queueRow;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The queue panel: the edits and their states, Retry, Discard, Edit again, progress with ETA, budget gauge. */
class QueuePanelTest {
    @RegisterExtension
    final EditorExtension editor = new EditorExtension();
    private EditorHarness app;

    @Test
    void aFailedEditIsListedWithItsErrorAndRetrySendsIt(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.sim.faults().failNextPatches(3); // the test worker gives up after 3 faults
        app.save(robot, COUPON_CODE, UpdatableField.EXAMPLE, "WINTER24");
        waitUntil(() -> app.edits().size() == 1 && app.edits().get(0).state() == EditState.FAILED);
        // the closed panel has no list yet (made as it first opens, to keep it out of the window's start)
        assertThat(robot.lookup("#queueTable").tryQuery()).isEmpty();
        openQueue(robot);

        robot.clickOn(queueRow(robot, COUPON_CODE));
        Node row = queueRow(robot, COUPON_CODE);
        assertThat(texts(robot, row)).contains("Coupon Code", "Example", "failed", "3")
                .anyMatch(text -> text.startsWith("500 "));
        assertThat(robot.from(row).lookup("#queueCopyTraceId").tryQuery()).isPresent();
        assertThat(robot.lookup("#queueProgressText").queryAs(Label.class).getText()).isEqualTo("0 of 1 sent, 1 not sent");

        robot.clickOn("#queueRetryButton");

        waitUntil(() -> "WINTER24".equals(app.server(COUPON_CODE, "example")));
        waitUntil(() -> app.edits().get(0).state() == EditState.APPLIED);
        assertThat(app.edits().get(0).attempts()).isEqualTo(4);
    }

    @Test
    void discardDropsAWaitingEditAndItsHighlight(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.worker.stop();
        String before = app.server(LOYALTY_TIER, "example");
        app.save(robot, LOYALTY_TIER, UpdatableField.EXAMPLE, "bronze");
        waitUntil(() -> app.cellShows(LOYALTY_TIER, PropertyColumns.EXAMPLE, "bronze"));
        openQueue(robot);

        robot.clickOn(queueRow(robot, LOYALTY_TIER)).clickOn("#queueDiscardButton");

        waitUntil(() -> app.edits().isEmpty() && app.cellShows(LOYALTY_TIER, PropertyColumns.EXAMPLE, before));
        assertThat(robot.lookup("#queueTable").queryAs(TableView.class).getItems()).isEmpty();
    }

    @Test
    void editAgainSelectsTheRowAndPutsTheKeyboardInTheDetailPane(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.workerApi.sendOverlongDescriptionFor(HOME_LOCATION);
        app.save(robot, HOME_LOCATION, UpdatableField.DESCRIPTION, "Near the river");
        waitUntil(() -> app.edits().size() == 1 && app.edits().get(0).state() == EditState.REJECTED);
        robot.clickOn(app.cell(robot, LOYALTY_TIER, PropertyColumns.LABEL));
        openQueue(robot);

        robot.clickOn(queueRow(robot, HOME_LOCATION)).clickOn("#queueEditAgainButton");

        assertThat(app.table().getSelectionModel().getSelectedItem().id()).isEqualTo(HOME_LOCATION);
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).startsWith("Home Location");
        TextArea description = robot.lookup("#detailDescription").queryAs(TextArea.class);
        assertThat(description.isFocused()).isTrue();
        assertThat(description.getText()).isEqualTo("Near the river");
        assertThat(robot.lookup("#queueRetryButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void progressCountsTheBatchWithAnEtaFromTheBudgetAndTheGaugeShowsBothWindows(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.budget.use(3, 40);
        app.workerApi.hold();
        app.save(robot, LOYALTY_TIER, UpdatableField.EXAMPLE, "one");
        app.save(robot, LIFETIME_VALUE, UpdatableField.EXAMPLE, "two");
        app.save(robot, COUPON_CODE, UpdatableField.EXAMPLE, "three");
        openQueue(robot);
        Label progress = robot.lookup("#queueProgressText").queryAs(Label.class);

        waitUntil(() -> "0 of 3 sent — about 2 s left".equals(progress.getText()));
        waitUntil(() -> "1 s: 3 used · 7 left".equals(robot.lookup("#budgetWindow0").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#budgetWindow1").queryAs(Label.class).getText()).isEqualTo("60 s: 40 used · 110 left");
        assertThat(robot.lookup("#queuePanel").queryAs(TitledPane.class).getText()).isEqualTo("Edits — 3 waiting");

        app.workerApi.release();
        waitUntil(() -> "3 of 3 sent".equals(progress.getText()));
        assertThat(robot.lookup("#queueProgress").queryAs(javafx.scene.control.ProgressBar.class).getProgress())
                .isEqualTo(1.0);
        assertThat(robot.lookup("#queuePanel").queryAs(TitledPane.class).getText()).isEqualTo("Edits");
    }


    private static void openQueue(FxRobot robot) {
        TitledPane panel = robot.lookup("#queuePanel").queryAs(TitledPane.class);
        if (!panel.isExpanded()) robot.clickOn(panel.lookup(".title"));
    }

    /** The texts of a row's cells, in column order. */
    private static List<String> texts(FxRobot robot, Node row) {
        return robot.from(row).lookup(".table-cell").queryAll().stream()
                .map(node -> ((TableCell<?, ?>) node).getText()).filter(Objects::nonNull).toList();
    }
}
