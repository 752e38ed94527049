package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.table.EditPseudo;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import static dev.hoodadmin.ui.editor.EditorHarness.LIFETIME_VALUE;
import static dev.hoodadmin.ui.editor.EditorHarness.LOYALTY_TIER;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static dev.hoodadmin.ui.table.PropertyColumns.DESCRIPTION;
import static dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE;
import static dev.hoodadmin.ui.table.PropertyColumns.LABEL;
import static org.assertj.core.api.Assertions.assertThat;

/** The detail pane beside the table: editing, character count, validation, Save and Revert. */
class DetailPaneTest {
    @RegisterExtension
    final EditorExtension editor = new EditorExtension();
    private EditorHarness app;

    @Test
    void descriptionEditedInTheDetailPaneCountsCharactersAndIsHighlightedUntilApplied(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, LOYALTY_TIER, LABEL));
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).startsWith("Loyalty Tier");
        TextArea description = robot.lookup("#detailDescription").queryAs(TextArea.class);
        Label count = robot.lookup("#detailDescriptionCount").queryAs(Label.class);
        Button save = robot.lookup("#detailSaveButton").queryAs(Button.class);
        assertThat(count.getText()).isEqualTo(app.row(LOYALTY_TIER).description().length() + " / 2000");
        assertThat(save.isDisabled()).isTrue();

        robot.clickOn(description).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Tier 🎉 of the programme");

        assertThat(count.getText()).as("an emoji is one character, as the server counts").isEqualTo("23 / 2000");
        assertThat(description.getPseudoClassStates()).contains(EditPseudo.CHANGED);
        assertThat(save.isDisabled()).isFalse();

        app.workerApi.hold();
        robot.clickOn(save);
        waitUntil(() -> app.cellShows(LOYALTY_TIER, DESCRIPTION, "Tier 🎉 of the programme", EditPseudo.CHANGED));
        assertThat(description.getPseudoClassStates()).contains(EditPseudo.CHANGED);
        assertThat(save.isDisabled()).as("nothing new to save").isTrue();

        app.workerApi.release();
        waitUntil(() -> "Tier 🎉 of the programme".equals(app.server(LOYALTY_TIER, "description")));
        waitUntil(() -> !description.getPseudoClassStates().contains(EditPseudo.CHANGED)
                && !app.cellHas(LOYALTY_TIER, DESCRIPTION, EditPseudo.CHANGED));
        assertThat(description.getText()).isEqualTo("Tier 🎉 of the programme");
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).startsWith("Loyalty Tier");
    }

    @Test
    void invalidValuesShowTheReasonUnderTheFieldAndDisableSave(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, LIFETIME_VALUE, LABEL));
        TextField alias = robot.lookup("#detailExportAlias").queryAs(TextField.class);
        TextField example = robot.lookup("#detailExample").queryAs(TextField.class);
        Label aliasProblem = robot.lookup("#detailExportAliasProblem").queryAs(Label.class);
        Label exampleProblem = robot.lookup("#detailExampleProblem").queryAs(Label.class);
        Button save = robot.lookup("#detailSaveButton").queryAs(Button.class);
        assertThat(aliasProblem.isVisible()).isFalse();

        robot.clickOn(alias).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("life-time");

        assertThat(aliasProblem.isVisible()).isTrue();
        assertThat(aliasProblem.getText())
                .isEqualTo("Export alias may contain only letters A–Z and a–z, digits and underscores.");
        assertThat(alias.getPseudoClassStates()).contains(EditPseudo.INVALID);
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#detailSaveHint").queryAs(Label.class).getText())
                .isEqualTo("Correct the marked fields to save");

        robot.interact(() -> example.setText("x".repeat(256)));
        assertThat(exampleProblem.getText()).isEqualTo("Example is too long: 256 characters, at most 255.");

        robot.clickOn(alias).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("life_time");
        assertThat(aliasProblem.isVisible()).isFalse();
        assertThat(save.isDisabled()).as("the example is still too long").isTrue();

        robot.interact(() -> example.setText("x".repeat(255)));
        assertThat(exampleProblem.isVisible()).isFalse();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        waitUntil(() -> "life_time".equals(app.server(LIFETIME_VALUE, "export_alias"))
                && "x".repeat(255).equals(app.server(LIFETIME_VALUE, "example")));
    }

    @Test
    void revertDropsTheRowsUnsentChangesQueuedAndTyped(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.worker.stop(); // edits stay pending
        String serverExample = app.server(LOYALTY_TIER, "example");
        robot.clickOn(app.cell(robot, LOYALTY_TIER, EXAMPLE)).type(KeyCode.F2).write("silver").type(KeyCode.ENTER);
        waitUntil(() -> app.edits().size() == 1 && app.cellHas(LOYALTY_TIER, EXAMPLE, EditPseudo.CHANGED));
        TextField example = robot.lookup("#detailExample").queryAs(TextField.class);
        assertThat(example.getText()).isEqualTo("silver");
        assertThat(example.getPseudoClassStates()).contains(EditPseudo.CHANGED);
        robot.clickOn("#detailExportAlias").write("_typed");

        robot.clickOn("#detailRevertButton");

        waitUntil(() -> app.edits().isEmpty() && app.cellShows(LOYALTY_TIER, EXAMPLE, serverExample)
                && !app.cellHas(LOYALTY_TIER, EXAMPLE, EditPseudo.CHANGED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(example.getText()).isEqualTo(serverExample);
        assertThat(example.getPseudoClassStates()).doesNotContain(EditPseudo.CHANGED);
        assertThat(robot.lookup("#detailExportAlias").queryAs(TextField.class).getText()).isEqualTo("loyalty_tier");
        assertThat(robot.lookup("#detailRevertButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(app.server(LOYALTY_TIER, "example")).isEqualTo(serverExample);
    }
}
