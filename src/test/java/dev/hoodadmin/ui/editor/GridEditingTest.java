package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.ui.table.EditPseudo;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Map;

import static dev.hoodadmin.ui.editor.EditorHarness.COUPON_CODE;
import static dev.hoodadmin.ui.editor.EditorHarness.LIFETIME_VALUE;
import static dev.hoodadmin.ui.editor.EditorHarness.LOYALTY_TIER;
import static dev.hoodadmin.ui.table.PropertyColumns.DESCRIPTION;
import static dev.hoodadmin.ui.table.PropertyColumns.EXPORT_ALIAS;
import static dev.hoodadmin.ui.table.PropertyColumns.IMPORTABLE;
import static dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Editing in the grid with the keyboard, against the real simulator and outbox. */
class GridEditingTest {
    @RegisterExtension
    final EditorExtension editor = new EditorExtension();
    private EditorHarness app;

    @Test
    void keyboardEditIsHighlightedUntilTheServerAppliesIt(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.workerApi.hold();
        TableCell<?, ?> example = app.cell(robot, LOYALTY_TIER, EXAMPLE);
        robot.clickOn(example).type(KeyCode.ENTER);
        TextField editor = robot.lookup("#cellEditor").queryAs(TextField.class);
        assertThat(editor.getText()).isEqualTo("gold");

        robot.eraseText(4).write("platinum").type(KeyCode.ENTER);

        waitUntil(() -> app.cellShows(LOYALTY_TIER, EXAMPLE, "platinum", EditPseudo.CHANGED));
        assertThat(app.server(LOYALTY_TIER, "example")).isEqualTo("gold");
        assertThat(robot.lookup("#cellEditor").tryQuery()).isEmpty();

        app.workerApi.release();
        waitUntil(() -> "platinum".equals(app.server(LOYALTY_TIER, "example")));
        waitUntil(() -> app.cellShows(LOYALTY_TIER, EXAMPLE, "platinum")
                && !app.cellHas(LOYALTY_TIER, EXAMPLE, EditPseudo.CHANGED));
        assertThat(app.row(LOYALTY_TIER).example()).isEqualTo("platinum");
        assertThat(app.edits()).singleElement().satisfies(edit -> assertThat(edit.state()).isEqualTo(EditState.APPLIED));
    }

    @Test
    void typingStartsAnEditTabSavesAndOpensTheNextEditableCellEscapeCancels(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        String description = app.row(LIFETIME_VALUE).description();
        robot.clickOn(app.cell(robot, LIFETIME_VALUE, EXAMPLE)).write("9");
        TextField exampleEditor = robot.lookup("#cellEditor").queryAs(TextField.class);
        assertThat(exampleEditor.getText()).isEqualTo("9");

        robot.write("99").type(KeyCode.TAB);

        TablePosition<ProfileProperty, ?> editing = app.table().getEditingCell();
        assertThat(editing.getTableColumn().getId()).isEqualTo(DESCRIPTION);
        assertThat(app.table().getItems().get(editing.getRow()).id()).isEqualTo(LIFETIME_VALUE);
        assertThat(robot.lookup("#cellEditor").queryAs(TextField.class).getText()).isEqualTo(description);

        waitUntil(() -> "999".equals(app.server(LIFETIME_VALUE, "example")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cellEditor").queryAs(TextField.class).getText())
                .as("applying the first cell's value leaves the next cell's editor open").isEqualTo(description);
        waitUntil(() -> app.cellShows(LIFETIME_VALUE, EXAMPLE, "999") && !app.cellHas(LIFETIME_VALUE, EXAMPLE, EditPseudo.CHANGED));
        robot.write("ignored").type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#cellEditor").tryQuery()).isEmpty();
        waitUntil(() -> "999".equals(app.row(LIFETIME_VALUE).example()));
        assertThat(app.server(LIFETIME_VALUE, "description")).isEqualTo(description);
        assertThat(app.edits()).singleElement().satisfies(edit ->
                assertThat(edit.changes()).containsOnlyKeys(UpdatableField.EXAMPLE));
    }

    @Test
    void aValueThatBreaksARuleStaysInTheEditorWithTheReasonAndIsNotQueued(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, LIFETIME_VALUE, EXPORT_ALIAS)).type(KeyCode.F2);
        TextField editor = robot.lookup("#cellEditor").queryAs(TextField.class);

        robot.eraseText(editor.getText().length()).write("life time!").type(KeyCode.ENTER);

        assertThat(robot.lookup("#cellEditor").tryQuery()).containsSame(editor);
        assertThat(editor.getPseudoClassStates()).contains(EditPseudo.INVALID);
        assertThat(editor.getTooltip().getText())
                .isEqualTo("Export alias may contain only letters A–Z and a–z, digits and underscores.");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.edits()).isEmpty();
        assertThat(app.cellNow(LIFETIME_VALUE, EXPORT_ALIAS).getText()).isEqualTo("lifetime_value");
    }

    @Test
    void aFlagIsEditedWithADoubleClickAndSpace(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        String before = app.server(COUPON_CODE, "importable");

        robot.doubleClickOn(app.cell(robot, COUPON_CODE, IMPORTABLE));
        CheckBox box = robot.lookup("#cellFlagEditor").queryAs(CheckBox.class);
        assertThat(box.isSelected()).isEqualTo("1".equals(before));
        robot.type(KeyCode.SPACE);

        String after = "1".equals(before) ? "0" : "1";
        waitUntil(() -> after.equals(app.server(COUPON_CODE, "importable")));
        waitUntil(() -> app.cellShows(COUPON_CODE, IMPORTABLE, "1".equals(after) ? "Yes" : "No"));
    }

    @Test
    void textWithLineBreaksIsEditedInTheDetailPaneSoTheBreaksSurvive(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.interact(() -> app.feature.editor().save(app.row(LOYALTY_TIER),
                Map.of(UpdatableField.DESCRIPTION, "First line\nsecond line"), app.feature.editor().begin("test")));
        waitUntil(() -> "First line second line".equals(app.row(LOYALTY_TIER).description().replace('\n', ' ')));

        robot.clickOn(app.cell(robot, LOYALTY_TIER, DESCRIPTION)).type(KeyCode.F2);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cellEditor").tryQuery()).isEmpty();
        TextArea description = robot.lookup("#detailDescription").queryAs(TextArea.class);
        assertThat(description.isFocused()).isTrue();
        assertThat(description.getText()).isEqualTo("First line\nsecond line");
        assertThat(robot.lookup("#editorNoticeText").queryAs(Label.class).getText())
                .isEqualTo("This description has line breaks; edit it in the detail pane.");
    }
}
