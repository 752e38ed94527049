package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.JournalEntry;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.hoodadmin.ui.editor.EditorHarness.COUPON_CODE;
import static dev.hoodadmin.ui.editor.EditorHarness.LOYALTY_TIER;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Edit → Undo / Redo, conflicts in the detail pane, and View → History, clicking the real window. */
class UndoAndHistoryTest {
    private static final int BULK_ROWS = 36;

    @RegisterExtension
    final EditorExtension editor = new EditorExtension(new EditorHarness.Setup(80, false));
    private EditorHarness app;
    @TempDir
    Path exports;

    private long patches() {
        return app.sim.stats().count("PATCH", 204);
    }

    private String example(String id) {
        return Objects.toString(app.server(id, "example"), "");
    }

    @Test
    void undoOfA36RowBulkEditRestoresThePriorServerStateWithOnePatchPerPropertyAndRedoReappliesIt(FxRobot robot)
            throws Exception {
        app.awaitLoaded(robot);
        List<ProfileProperty> custom = app.table().getItems().stream().filter(row -> !row.isSystem())
                .limit(BULK_ROWS).toList();
        assertThat(custom).hasSize(BULK_ROWS);
        Map<String, String> before = new HashMap<>();
        custom.forEach(row -> before.put(row.id(), example(row.id())));
        robot.interact(() -> {
            app.table().getSelectionModel().clearSelection();
            custom.forEach(row -> app.table().getSelectionModel().select(row));
        });
        robot.clickOn("#bulkEditButton");
        robot.clickOn("#bulkEditText").write("undo me");
        robot.clickOn("#bulkEditConfirm");
        waitUntil(() -> custom.stream().allMatch(row -> "undo me".equals(example(row.id()))));
        waitUntil(() -> app.worker.isIdle());
        long patchesBefore = patches();

        // the keyboard in the table, not a text box: the 36 rows are still selected, and a click on a selected
        // cell would start editing it
        robot.interact(() -> app.table().getSelectionModel().clearSelection());
        robot.clickOn(app.cell(robot, custom.get(0).id(), dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#" + Confirm.CONTINUE_ID).tryQuery().isPresent());
        String question = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertThat(question).startsWith("Undo bulk edit #").contains("36 properties are set back with 36 requests");
        robot.clickOn("#" + Confirm.CONTINUE_ID);

        waitUntil(() -> custom.stream().allMatch(row -> before.get(row.id()).equals(example(row.id()))));
        waitUntil(() -> app.worker.isIdle());
        assertThat(patches() - patchesBefore).isEqualTo(BULK_ROWS);
        waitUntil(() -> app.cellShows(custom.get(5).id(), dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE, before.get(custom.get(5).id())));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#" + Confirm.CONTINUE_ID).tryQuery().isPresent());
        robot.clickOn("#" + Confirm.CONTINUE_ID);
        waitUntil(() -> custom.stream().allMatch(row -> "undo me".equals(example(row.id()))));
    }

    @Test
    void aValueChangedOnTheServerBeforeSendingIsNeverOverwrittenUntilKeepMine(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.worker.stop();
        robot.interact(() -> app.feature.editor().save(app.row(COUPON_CODE), Map.of(UpdatableField.EXAMPLE, "mine"),
                app.feature.editor().begin("grid")));
        waitUntil(() -> app.edits().size() == 1);
        app.sim.changeElsewhere(COUPON_CODE, "example", "theirs");
        app.worker.start();

        waitUntil(() -> app.edits().get(0).state() == EditState.CONFLICT);
        assertThat(app.server(COUPON_CODE, "example")).isEqualTo("theirs");
        robot.clickOn(app.cell(robot, COUPON_CODE, dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE));
        waitUntil(() -> robot.lookup("#" + ProblemBox.KEEP_MINE_ID).tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(robot.lookup("#detailProblemMessage").queryAs(Label.class).getText())
                .contains("Example: changed on the server to 'theirs' since you loaded it");

        robot.clickOn("#" + ProblemBox.KEEP_MINE_ID);

        waitUntil(() -> "mine".equals(app.server(COUPON_CODE, "example")));
    }

    @Test
    void takeTheirsDropsMineAndTheCellShowsTheServersValue(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.worker.stop();
        robot.interact(() -> app.feature.editor().save(app.row(LOYALTY_TIER), Map.of(UpdatableField.EXAMPLE, "mine"),
                app.feature.editor().begin("grid")));
        waitUntil(() -> app.edits().size() == 1);
        app.sim.changeElsewhere(LOYALTY_TIER, "example", "theirs");
        app.worker.start();
        waitUntil(() -> app.edits().get(0).state() == EditState.CONFLICT);
        robot.clickOn(app.cell(robot, LOYALTY_TIER, dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE));
        waitUntil(() -> robot.lookup("#" + ProblemBox.TAKE_THEIRS_ID).tryQuery().map(n -> n.isVisible()).orElse(false));

        robot.clickOn("#" + ProblemBox.TAKE_THEIRS_ID);

        waitUntil(() -> app.edits().isEmpty() && app.cellShows(LOYALTY_TIER, dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE, "theirs"));
        assertThat(patches()).isZero();
        assertThat(app.server(LOYALTY_TIER, "example")).isEqualTo("theirs");
    }

    @Test
    void historyShowsWhatChangedFiltersByFieldAndExportsWhatItShows(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.interact(() -> {
            app.feature.editor().save(app.row(COUPON_CODE), Map.of(UpdatableField.EXAMPLE, "SPRING25"),
                    app.feature.editor().begin("detail pane"));
            app.feature.editor().save(app.row(LOYALTY_TIER), Map.of(UpdatableField.DESCRIPTION, "Gold and up"),
                    app.feature.editor().begin("grid"));
        });
        waitUntil(() -> app.edits().stream().allMatch(edit -> edit.state() == EditState.APPLIED)
                && app.edits().size() == 2);

        robot.clickOn(app.cell(robot, COUPON_CODE, dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE));
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#" + HistoryView.TABLE_ID).tryQuery().isPresent());
        TableView<?> table = robot.lookup("#" + HistoryView.TABLE_ID).queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(((JournalEntry) table.getItems().get(0)).propertyId()).isEqualTo(LOYALTY_TIER);

        robot.clickOn("#" + HistoryView.SOURCE_ID).write("detail").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1);
        JournalEntry entry = (JournalEntry) table.getItems().get(0);
        assertThat(entry.after()).isEqualTo("SPRING25");
        assertThat(entry.sourceLabel()).startsWith("detail pane #");

        Path file = exports.resolve("history.csv");
        robot.interact(() -> app.feature.historyView().export(file));
        waitUntil(() -> Files.exists(file) && fileLines(file) == 2);
        assertThat(Files.readString(file)).contains("SPRING25").doesNotContain("Gold and up");

        ListView<?> section = robot.lookup("#" + PropertyHistory.LIST_ID).queryAs(ListView.class);
        waitUntil(() -> section.getItems().size() == 1 && section.getItems().get(0).toString().contains("SPRING25"));
    }

    private static long fileLines(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (Exception e) {
            return -1;
        }
    }
}
