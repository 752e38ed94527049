package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.ui.menu.AppMenuBar;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;

import static dev.hoodadmin.ui.editor.EditorHarness.COUPON_CODE;
import static dev.hoodadmin.ui.editor.EditorHarness.EMAIL;
import static dev.hoodadmin.ui.editor.EditorHarness.LIFETIME_VALUE;
import static dev.hoodadmin.ui.editor.EditorHarness.LOYALTY_TIER;
import static dev.hoodadmin.ui.editor.EditorHarness.queueRow;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE;
import static dev.hoodadmin.ui.table.PropertyColumns.LABEL;
import static org.assertj.core.api.Assertions.assertThat;

/** Every editing action by keyboard: the menus' shortcuts and the queue list's keys, never more than the buttons allow. */
class EditorShortcutsTest {
    @RegisterExtension
    final EditorExtension editor = new EditorExtension();
    private EditorHarness app;

    @Test
    void everyMenuItemHasAShortcutAndTheButtonsNameTheirs(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        MenuBar bar = robot.lookup("#" + AppMenuBar.ID).queryAs(MenuBar.class);

        assertThat(menu(bar, AppMenuBar.EDIT_ID).getItems()).extracting(MenuItem::getId)
                .containsExactly(EditorMenus.UNDO_ID, EditorMenus.REDO_ID, null, EditorMenus.SAVE_ID,
                        EditorMenus.REVERT_ID, EditorMenus.BULK_EDIT_ID, null, AppMenuBar.FIND_ID);
        assertThat(menu(bar, AppMenuBar.VIEW_ID).getItems()).extracting(MenuItem::getId)
                .startsWith(EditorMenus.HISTORY_ID, null, EditorMenus.SHOW_QUEUE_ID);
        // View → Language is a submenu that only opens (a language is chosen rarely, by name)
        List<MenuItem> items = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> !(item instanceof SeparatorMenuItem) && !(item instanceof Menu)).toList();
        assertThat(items).allSatisfy(item -> assertThat(item.getAccelerator()).as(item.getText()).isNotNull());
        assertThat(items).extracting(MenuItem::getAccelerator).doesNotHaveDuplicates();

        assertThat(tooltip(robot, "#detailSaveButton")).endsWith("(Ctrl+S)");
        assertThat(tooltip(robot, "#detailRevertButton")).endsWith("(Ctrl+Shift+Backspace)");
        assertThat(tooltip(robot, "#bulkEditButton")).endsWith("(Ctrl+B)");
        // the queue's buttons are made when its panel first opens
        robot.interact(() -> robot.lookup("#queuePanel").queryAs(TitledPane.class).setExpanded(true));
        assertThat(tooltip(robot, "#queueRetryButton")).endsWith("(F9)");
        assertThat(tooltip(robot, "#queueDiscardButton")).endsWith("(Delete)");
        assertThat(tooltip(robot, "#queueEditAgainButton")).endsWith("(Enter)");
        assertThat(tooltip(robot, "#queueClearAppliedButton")).endsWith("(Ctrl+Delete)");
    }

    @Test
    void ctrlSSavesTheDetailDraftWhileTypingAndTheServerAppliesIt(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, LOYALTY_TIER, LABEL));
        TextField example = robot.lookup("#detailExample").queryAs(TextField.class);
        assertThat(item(robot, EditorMenus.SAVE_ID).isDisable()).as("nothing to save yet").isTrue();

        robot.clickOn(example).push(KeyCode.CONTROL, KeyCode.A).write("platinum");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        waitUntil(() -> "platinum".equals(app.server(LOYALTY_TIER, "example")));
        assertThat(app.edits()).singleElement().satisfies(edit ->
                assertThat(edit.changes()).containsExactly(Map.entry(UpdatableField.EXAMPLE, "platinum")));
        waitUntil(() -> app.cellShows(LOYALTY_TIER, EXAMPLE, "platinum"));
        assertThat(item(robot, EditorMenus.SAVE_ID).isDisable()).isTrue();
    }

    @Test
    void ctrlShiftBackspaceRevertsWhatWasTypedEvenInATextBox(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        String before = app.row(LIFETIME_VALUE).example();
        robot.clickOn(app.cell(robot, LIFETIME_VALUE, LABEL));
        TextField example = robot.lookup("#detailExample").queryAs(TextField.class);
        robot.clickOn(example).push(KeyCode.CONTROL, KeyCode.A).write("typed, not wanted");
        assertThat(item(robot, EditorMenus.REVERT_ID).isDisable()).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.BACK_SPACE);

        assertThat(example.getText()).isEqualTo(before);
        assertThat(robot.lookup("#detailSaveButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(app.edits()).isEmpty();
    }

    @Test
    void saveAndRevertShortcutsDoNothingOnASystemProperty(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, EMAIL, LABEL));
        // as if a draft got past the disabled fields
        robot.interact(() -> app.feature.detail().draft(UpdatableField.EXAMPLE).valueProperty().set("sneaky"));
        assertThat(item(robot, EditorMenus.SAVE_ID).isDisable()).isTrue();
        assertThat(item(robot, EditorMenus.REVERT_ID).isDisable()).isTrue();

        robot.clickOn(app.cell(robot, EMAIL, EXAMPLE)).push(KeyCode.CONTROL, KeyCode.S)
                .push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.BACK_SPACE);
        // a save that does go through, queued behind anything the keys above might have queued
        robot.clickOn(app.cell(robot, COUPON_CODE, LABEL)).clickOn("#detailExample")
                .push(KeyCode.CONTROL, KeyCode.A).write("AFTER").push(KeyCode.CONTROL, KeyCode.S);

        waitUntil(() -> "AFTER".equals(app.server(COUPON_CODE, "example")));
        assertThat(app.edits()).extracting(edit -> edit.propertyId()).containsExactly(COUPON_CODE);
        assertThat(app.server(EMAIL, "example")).isEqualTo("ana.petrovic@example.com");
        assertThat(robot.lookup("#editorNoticeText").queryAs(Label.class).getText()).isNull();
    }

    @Test
    void ctrlETogglesTheQueuePanelWithTheKeyboardInItsList(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        TitledPane panel = robot.lookup("#queuePanel").queryAs(TitledPane.class);
        robot.clickOn(app.cell(robot, LOYALTY_TIER, LABEL));

        robot.push(KeyCode.CONTROL, KeyCode.E);

        assertThat(panel.isExpanded()).isTrue();
        TableView<?> list = robot.lookup("#queueTable").queryAs(TableView.class); // made as the panel first opens
        assertThat(((CheckMenuItem) item(robot, EditorMenus.SHOW_QUEUE_ID)).isSelected()).isTrue();
        waitUntil(list::isFocused);

        robot.push(KeyCode.CONTROL, KeyCode.E);

        assertThat(panel.isExpanded()).isFalse();
        waitUntil(() -> app.table().isFocused());
    }

    @Test
    void ctrlBOpensBulkEditOnlyWhenSeveralRowsAreSelected(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, LOYALTY_TIER, EXAMPLE)).push(KeyCode.CONTROL, KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bulkEditDialog").tryQuery()).isEmpty();
        assertThat(item(robot, EditorMenus.BULK_EDIT_ID).isDisable()).isTrue();

        robot.press(KeyCode.SHIFT).clickOn(app.cell(robot, COUPON_CODE, EXAMPLE)).release(KeyCode.SHIFT);
        robot.push(KeyCode.CONTROL, KeyCode.B);

        waitUntil(() -> robot.lookup("#bulkEditDialog").tryQuery().isPresent());
        robot.clickOn("#bulkEditCancel");
        assertThat(app.edits()).isEmpty();
    }

    @Test
    void theQueueListsKeysRetryClearDiscardAndEditAgain(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.sim.faults().failNextPatches(3); // the test worker gives up after 3 faults
        save(robot, COUPON_CODE, "WINTER24");
        waitUntil(() -> app.edits().size() == 1 && app.edits().get(0).state() == EditState.FAILED);

        robot.push(KeyCode.CONTROL, KeyCode.E).push(KeyCode.F9);
        waitUntil(() -> "WINTER24".equals(app.server(COUPON_CODE, "example")));
        waitUntil(() -> app.edits().get(0).state() == EditState.APPLIED);
        robot.push(KeyCode.CONTROL, KeyCode.DELETE);
        waitUntil(() -> app.edits().isEmpty());

        app.worker.stop();
        save(robot, LOYALTY_TIER, "bronze");
        save(robot, LIFETIME_VALUE, "1234");
        robot.clickOn(queueRow(robot, LOYALTY_TIER)).type(KeyCode.DELETE);
        waitUntil(() -> app.edits().size() == 1 && app.edits().get(0).propertyId().equals(LIFETIME_VALUE));

        robot.clickOn(queueRow(robot, LIFETIME_VALUE)).type(KeyCode.ENTER);

        assertThat(app.table().getSelectionModel().getSelectedItem().id()).isEqualTo(LIFETIME_VALUE);
        TextField example = robot.lookup("#detailExample").queryAs(TextField.class);
        assertThat(example.isFocused()).isTrue();
        assertThat(example.getText()).isEqualTo("1234");
    }

    private void save(FxRobot robot, String propertyId, String example) throws Exception {
        int before = app.edits().size();
        robot.interact(() -> app.feature.editor().save(app.row(propertyId), Map.of(UpdatableField.EXAMPLE, example), app.feature.editor().begin("test")));
        waitUntil(() -> app.edits().size() > before);
    }

    private static Menu menu(MenuBar bar, String id) {
        return bar.getMenus().stream().filter(menu -> id.equals(menu.getId())).findFirst().orElseThrow();
    }

    private static MenuItem item(FxRobot robot, String id) {
        return robot.lookup("#" + AppMenuBar.ID).queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow();
    }

    private static String tooltip(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class).getTooltip().getText();
    }
}
