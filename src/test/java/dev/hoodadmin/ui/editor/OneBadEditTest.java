package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditState;
import javafx.scene.control.Button;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;


import static dev.hoodadmin.ui.editor.EditorHarness.COUPON_CODE;
import static dev.hoodadmin.ui.editor.EditorHarness.HOME_LOCATION;
import static dev.hoodadmin.ui.editor.EditorHarness.LIFETIME_VALUE;
import static dev.hoodadmin.ui.editor.EditorHarness.LOYALTY_TIER;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's worker gives the same guarantees as the command line: a value the server refuses is rejected on
 * its own edit and never holds up the others, and "Retry all failed" sends every failed edit again.
 */
class OneBadEditTest {
    @RegisterExtension
    final EditorExtension editor = new EditorExtension();
    private EditorHarness app;

    @Test
    void aValueTheServerRefusesIsRejectedAloneAndTheEditsBehindItAreApplied(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.worker.stop();
        // first in line: sent as a description over the server's 2,000 characters (a real 400 from the simulator)
        app.workerApi.sendOverlongDescriptionFor(LOYALTY_TIER);
        app.save(robot, LOYALTY_TIER, UpdatableField.DESCRIPTION, "Refused by the server");
        app.save(robot, COUPON_CODE, UpdatableField.EXAMPLE, "behind the bad one");
        app.save(robot, HOME_LOCATION, UpdatableField.EXAMPLE, "also behind");

        app.worker.start();

        waitUntil(() -> "behind the bad one".equals(app.server(COUPON_CODE, "example"))
                && "also behind".equals(app.server(HOME_LOCATION, "example")));
        waitUntil(() -> app.edits().stream().noneMatch(edit -> edit.state().isActive()));
        Edit rejected = app.edits().stream().filter(edit -> edit.propertyId().equals(LOYALTY_TIER)).findFirst().orElseThrow();
        assertThat(rejected.state()).isEqualTo(EditState.REJECTED);
        assertThat(rejected.lastError().status()).isEqualTo(400);
        assertThat(app.edits()).filteredOn(edit -> !edit.propertyId().equals(LOYALTY_TIER))
                .allMatch(edit -> edit.state() == EditState.APPLIED);
    }

    @Test
    void retryAllFailedSendsEveryFailedEditAgain(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.sim.faults().setPatchFailureRate(1.0);
        app.save(robot, COUPON_CODE, UpdatableField.EXAMPLE, "after the outage");
        app.save(robot, LIFETIME_VALUE, UpdatableField.EXAMPLE, "this one too");
        waitUntil(() -> app.edits().size() == 2 && app.edits().stream().allMatch(e -> e.state() == EditState.FAILED));
        TitledPane panel = robot.lookup("#queuePanel").queryAs(TitledPane.class);
        if (!panel.isExpanded()) robot.clickOn(panel.lookup(".title"));
        Button retryAll = robot.lookup("#queueRetryAllFailedButton").queryAs(Button.class);
        waitUntil(() -> EditorHarness.onFx(() -> !retryAll.isDisabled()));
        app.sim.faults().clear();

        robot.clickOn(retryAll);

        waitUntil(() -> "after the outage".equals(app.server(COUPON_CODE, "example"))
                && "this one too".equals(app.server(LIFETIME_VALUE, "example")));
        waitUntil(() -> app.edits().stream().allMatch(e -> e.state() == EditState.APPLIED));
        waitUntil(() -> EditorHarness.onFx(retryAll::isDisabled));
    }
}
