package dev.hoodadmin.ui.editor;

import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.ui.table.EditPseudo;
import dev.hoodadmin.ui.table.EditStatusCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import static dev.hoodadmin.ui.editor.EditorHarness.COUPON_CODE;
import static dev.hoodadmin.ui.editor.EditorHarness.LOYALTY_TIER;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static dev.hoodadmin.ui.table.PropertyColumns.DESCRIPTION;
import static dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE;
import static dev.hoodadmin.ui.table.PropertyColumns.LABEL;
import static dev.hoodadmin.ui.table.PropertyColumns.STATUS;
import static org.assertj.core.api.Assertions.assertThat;

/** The server's answers shown where the edit is: a 400 inline with its trace id, a 500 retried to success. */
class ServerErrorsTest {
    @RegisterExtension
    final EditorExtension editor = new EditorExtension();
    private EditorHarness app;

    @Test
    void aRejectionIsShownOnTheRowAndTheFieldWithItsTraceIdAndCanBeCorrected(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.workerApi.sendOverlongDescriptionFor(LOYALTY_TIER);
        robot.clickOn(app.cell(robot, LOYALTY_TIER, LABEL));
        TextArea description = robot.lookup("#detailDescription").queryAs(TextArea.class);
        robot.clickOn(description).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Looks fine here").clickOn("#detailSaveButton");

        waitUntil(() -> app.edits().size() == 1 && app.edits().get(0).state() == EditState.REJECTED);
        Edit rejected = app.edits().get(0);
        String traceId = rejected.lastError().traceId();
        String message = "Field 'description' is too long: 2100 characters, at most 2000.";
        assertThat(rejected.lastError().message()).isEqualTo(message);
        assertThat(traceId).isNotBlank();

        waitUntil(() -> app.cellHas(LOYALTY_TIER, DESCRIPTION, EditPseudo.ERROR));
        TableCell<?, ?> cell = app.cellNow(LOYALTY_TIER, DESCRIPTION);
        assertThat(cell.getText()).isEqualTo("Looks fine here");
        assertThat(cell.getTooltip().getText()).contains(message).contains(traceId);
        TableCell<?, ?> status = app.cellNow(LOYALTY_TIER, STATUS);
        assertThat(status.getGraphic().getStyleClass()).contains(EditStatusCell.PROBLEM_STYLE);
        assertThat(status.getTooltip().getText()).contains(message).contains(traceId);
        assertThat(app.cellHas(LOYALTY_TIER, EXAMPLE, EditPseudo.ERROR)).as("other fields are not marked").isFalse();

        assertThat(robot.lookup("#detailProblem").query().isVisible()).isTrue();
        assertThat(robot.lookup("#detailProblemHeadline").queryAs(Label.class).getText())
                .isEqualTo("The server rejected these changes");
        assertThat(robot.lookup("#detailProblemTitle").queryAs(Label.class).getText()).startsWith("400");
        assertThat(robot.lookup("#detailProblemMessage").queryAs(Label.class).getText()).isEqualTo(message);
        assertThat(robot.lookup("#detailTraceId").queryAs(TextField.class).getText()).isEqualTo(traceId);
        assertThat(robot.lookup("#detailDescriptionProblem").queryAs(Label.class).getText()).contains(message);
        assertThat(description.getPseudoClassStates()).contains(EditPseudo.ERROR);

        robot.clickOn("#detailCopyTraceId");
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> Clipboard.getSystemClipboard().getString()))
                .isEqualTo(traceId);

        app.workerApi.sendOverlongDescriptionFor(null);
        robot.clickOn(description).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Corrected").clickOn("#detailSaveButton");

        waitUntil(() -> "Corrected".equals(app.server(LOYALTY_TIER, "description")));
        waitUntil(() -> !robot.lookup("#detailProblem").query().isVisible()
                && !app.cellHas(LOYALTY_TIER, DESCRIPTION, EditPseudo.ERROR));
        assertThat(app.edits()).singleElement().satisfies(edit -> {
            assertThat(edit.id()).as("the rejected edit was corrected, not duplicated").isEqualTo(rejected.id());
            assertThat(edit.state()).isEqualTo(EditState.APPLIED);
        });
    }

    @Test
    void aServerErrorIsRetriedAndTheEditEndsApplied(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.sim.faults().failNextPatches(1);

        robot.clickOn(app.cell(robot, COUPON_CODE, EXAMPLE)).type(KeyCode.F2)
                .press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("AUTUMN24")
                .type(KeyCode.ENTER);

        waitUntil(() -> "AUTUMN24".equals(app.server(COUPON_CODE, "example")));
        waitUntil(() -> app.cellShows(COUPON_CODE, EXAMPLE, "AUTUMN24") && !app.cellHas(COUPON_CODE, EXAMPLE, EditPseudo.CHANGED)
                && !app.cellHas(COUPON_CODE, EXAMPLE, EditPseudo.ERROR));
        assertThat(app.edits()).singleElement().satisfies(edit -> {
            assertThat(edit.state()).isEqualTo(EditState.APPLIED);
            assertThat(edit.attempts()).isEqualTo(2);
        });
        assertThat(app.cellNow(COUPON_CODE, STATUS).getGraphic()).isNull();
    }
}
