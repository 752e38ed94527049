package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;

import static dev.hoodadmin.ui.editor.EditorHarness.EMAIL;
import static dev.hoodadmin.ui.editor.EditorHarness.FIRST_NAME;
import static dev.hoodadmin.ui.editor.EditorHarness.HOME_LOCATION;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE;
import static dev.hoodadmin.ui.table.PropertyColumns.IMPORTABLE;
import static org.assertj.core.api.Assertions.assertThat;

/** System properties cannot be changed by any path: mouse, keyboard, paste, bulk edit, or the view model. */
class SystemLockTest {
    private static final String LOCKED = "System properties are defined by Hood and cannot be changed";

    @RegisterExtension
    final EditorExtension editor = new EditorExtension();
    private EditorHarness app;

    @Test
    void theDetailPaneDisablesEveryControlAndSaysWhy(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, EMAIL, EXAMPLE));

        Label lock = robot.lookup("#detailLockMessage").queryAs(Label.class);
        assertThat(lock.isVisible()).isTrue();
        assertThat(lock.getText()).isEqualTo(LOCKED);
        for (String id : List.of("#detailExample", "#detailDescription", "#detailExportAlias", "#detailPiData",
                "#detailImportable", "#detailExportable", "#detailSaveButton", "#detailRevertButton")) {
            Node control = robot.lookup(id).query();
            assertThat(control.isVisible()).as(id + " is shown").isTrue();
            assertThat(control.isDisabled()).as(id + " is disabled").isTrue();
        }
        assertThat(robot.lookup("#detailExample").queryTextInputControl().getText())
                .isEqualTo(app.row(EMAIL).example());
    }

    @Test
    void mouseAndKeyboardOpenNoEditorOnASystemRow(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        TableCell<?, ?> example = app.cell(robot, EMAIL, EXAMPLE);

        robot.doubleClickOn(example);
        robot.clickOn(example);
        robot.type(KeyCode.F2).type(KeyCode.ENTER).write("x");
        robot.doubleClickOn(app.cell(robot, EMAIL, IMPORTABLE)).type(KeyCode.F2);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cellEditor").tryQuery()).isEmpty();
        assertThat(robot.lookup("#cellFlagEditor").tryQuery()).isEmpty();
        assertThat(app.table().getEditingCell()).isNull();
        assertThat(robot.lookup("#editorNoticeText").queryAs(Label.class).getText()).isEqualTo(LOCKED + ".");
        assertThat(app.edits()).isEmpty();
        assertThat(app.server(EMAIL, "example")).isEqualTo(app.row(EMAIL).example());
    }

    @Test
    void pasteSkipsSystemRowsAndSaysHowManyCellsItSkipped(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, HOME_LOCATION, EXAMPLE));
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("pasted home\npasted email\npasted first name\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });

        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        assertThat(robot.lookup("#editorNoticeText").queryAs(Label.class).getText())
                .isEqualTo("Pasted 1 value into 1 property; skipped 2 cells: 2 in system properties.");
        waitUntil(() -> "pasted home".equals(app.server(HOME_LOCATION, "example")));
        assertThat(app.edits()).singleElement().satisfies(edit -> assertThat(edit.propertyId()).isEqualTo(HOME_LOCATION));
        assertThat(app.server(EMAIL, "example")).isEqualTo("ana.petrovic@example.com");
        assertThat(app.server(FIRST_NAME, "example")).isEqualTo("Ana");
    }

    @Test
    void bulkEditSkipsSystemRowsAndTheConfirmationCountsThem(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, EditorHarness.COUPON_CODE, EXAMPLE));
        robot.press(KeyCode.SHIFT).clickOn(app.cell(robot, FIRST_NAME, EXAMPLE)).release(KeyCode.SHIFT);
        assertThat(robot.lookup("#selectionInfo").queryAs(Label.class).getText()).isEqualTo("6 properties selected");

        robot.clickOn("#bulkEditButton");
        robot.clickOn("#bulkEditText").write("bulk value");

        assertThat(robot.lookup("#bulkEditSummary").queryAs(Label.class).getText()).isEqualTo(
                "Set Example to \u201cbulk value\u201d: 4 will be queued, 2 system properties skipped, about 2 s at the current rate");
        robot.clickOn("#bulkEditConfirm");

        List<String> custom = List.of(EditorHarness.COUPON_CODE, "1000109", "1000110", HOME_LOCATION);
        waitUntil(() -> custom.stream().allMatch(id -> "bulk value".equals(app.server(id, "example"))));
        assertThat(app.edits()).extracting(edit -> edit.propertyId()).containsExactlyInAnyOrderElementsOf(custom);
        assertThat(app.server(EMAIL, "example")).isEqualTo("ana.petrovic@example.com");
        assertThat(app.server(FIRST_NAME, "example")).isEqualTo("Ana");
        waitUntil(() -> robot.lookup("#editorNoticeText").queryAs(Label.class).getText() != null);
        assertThat(robot.lookup("#editorNoticeText").queryAs(Label.class).getText())
                .isEqualTo("Set Example to \u201cbulk value\u201d: 4 queued, 2 system properties skipped");
    }

    @Test
    void theOutboxRefusalIsShownIfAnEditOfASystemPropertyEverReachesIt(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, EMAIL, EXAMPLE));
        ProfileProperty email = app.row(EMAIL);

        robot.interact(() -> app.feature.editor().save(email, Map.of(UpdatableField.EXAMPLE, "sneaky"), app.feature.editor().begin("test")));

        waitUntil(() -> (email.label() + ": " + LOCKED).equals(
                robot.lookup("#editorNoticeText").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#detailProblem").query().isVisible()).isTrue();
        assertThat(robot.lookup("#detailProblemMessage").queryAs(Label.class).getText()).isEqualTo(LOCKED);
        assertThat(app.edits()).isEmpty();
        assertThat(app.server(EMAIL, "example")).isEqualTo("ana.petrovic@example.com");
        assertThat(robot.lookup("#detailSaveButton").queryAs(Button.class).isDisabled()).isTrue();
    }
}
