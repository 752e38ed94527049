package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.common.AppTheme;
import dev.hoodadmin.ui.find.FindBar;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TextField;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.util.Map;

import static dev.hoodadmin.ui.editor.EditorHarness.EMAIL;
import static dev.hoodadmin.ui.editor.EditorHarness.LOYALTY_TIER;
import static dev.hoodadmin.ui.editor.EditorHarness.onFx;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static dev.hoodadmin.ui.table.PropertyColumns.DESCRIPTION;
import static dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

/** The window by keyboard alone, as a spreadsheet user moves: filter, results, cell, detail pane and back. */
class KeyboardPathsTest {
    @RegisterExtension
    final EditorExtension editor = new EditorExtension();
    private EditorHarness app;

    @Test
    void aWholeEditFindEditSaveAppliedWithTheKeyboardOnly(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        String label = app.row(LOYALTY_TIER).label();

        robot.push(KeyCode.CONTROL, KeyCode.L);
        assertThat(focusedId(robot)).isEqualTo(FindBar.FILTER_ID);
        robot.write(label);
        waitUntil(() -> app.table().getItems().size() == 1 && LOYALTY_TIER.equals(app.table().getItems().get(0).id()));

        robot.type(KeyCode.DOWN);
        assertThat(focusedId(robot)).isEqualTo("propertyTable");
        assertThat(app.table().getSelectionModel().getSelectedItem().id()).isEqualTo(LOYALTY_TIER);

        // Status, ID, Label, Example: three steps right to the first editable cell
        robot.type(KeyCode.RIGHT, 3);
        assertThat(focusedColumn()).isEqualTo(EXAMPLE);
        robot.write("platinum by keyboard").type(KeyCode.ENTER);
        assertThat(focusedId(robot)).as("the keyboard stays in the table after the cell is saved").isEqualTo("propertyTable");

        robot.type(KeyCode.F6);
        assertThat(focusedId(robot)).isEqualTo("detailExample");
        robot.type(KeyCode.TAB).push(KeyCode.CONTROL, KeyCode.A).write("Tier, set without a mouse");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        waitUntil(() -> "platinum by keyboard".equals(app.server(LOYALTY_TIER, "example"))
                && "Tier, set without a mouse".equals(app.server(LOYALTY_TIER, "description")));
        waitUntil(() -> app.cellShows(LOYALTY_TIER, EXAMPLE, "platinum by keyboard"));

        robot.push(KeyCode.SHIFT, KeyCode.F6);
        assertThat(focusedId(robot)).isEqualTo("propertyTable");
        robot.type(KeyCode.ESCAPE);
        assertThat(focusedId(robot)).isEqualTo(FindBar.FILTER_ID);
        assertThat(robot.lookup("#" + FindBar.FILTER_ID).queryAs(TextField.class).getSelectedText())
                .as("typing replaces the search").isEqualTo(label);
    }

    @Test
    void enterInTheFilterBoxAlsoGoesToTheFirstResultAndAnEmptyResultKeepsTheKeyboardThere(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        String label = app.row(LOYALTY_TIER).label();
        robot.push(KeyCode.CONTROL, KeyCode.L).write("no property is called this");
        waitUntil(() -> app.table().getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        assertThat(focusedId(robot)).isEqualTo(FindBar.FILTER_ID);

        robot.push(KeyCode.CONTROL, KeyCode.A).write(label);
        waitUntil(() -> app.table().getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        assertThat(focusedId(robot)).isEqualTo("propertyTable");
        assertThat(app.table().getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void altLettersReachEachQuickFilter(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        Map<KeyCode, String> keys = Map.of(KeyCode.K, FindBar.KIND_ID, KeyCode.T, FindBar.DATA_TYPE_ID,
                KeyCode.P, FindBar.PI_DATA_ID, KeyCode.I, FindBar.IMPORTABLE_ID, KeyCode.X, FindBar.EXPORTABLE_ID);
        for (Map.Entry<KeyCode, String> key : keys.entrySet()) {
            robot.push(KeyCode.CONTROL, KeyCode.L);
            robot.push(KeyCode.ALT, key.getKey());
            assertThat(focusedId(robot)).as("Alt+" + key.getKey()).isEqualTo(key.getValue());
        }
    }

    @Test
    void f6OnASystemPropertySaysWhyInsteadOfEnteringLockedFields(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, EMAIL, EXAMPLE));

        robot.type(KeyCode.F6);

        assertThat(focusedId(robot)).isEqualTo("propertyTable");
        assertThat(robot.lookup("#editorNoticeText").queryAs(Label.class).getText())
                .isEqualTo("System properties are defined by Hood and cannot be changed.");
    }

    @Test
    void theFocusedCellHasARingInTheLightAndTheDarkTheme(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, LOYALTY_TIER, EXAMPLE));
        try {
            for (AppTheme theme : AppTheme.values()) {
                robot.interact(theme::apply);
                robot.interact(() -> app.table().applyCss());
                TableCell<?, ?> cell = app.cellNow(LOYALTY_TIER, EXAMPLE);
                assertThat(cell.isFocused()).isTrue();
                assertThat(cell.getBorder()).as(theme + ": the focused cell has a border").isNotNull();
                BorderStroke ring = cell.getBorder().getStrokes().get(0);
                assertThat(ring.getWidths().getTop()).as(theme + " ring width").isGreaterThanOrEqualTo(2);
                Paint background = cell.getTableRow().getBackground().getFills().get(0).getFill();
                assertThat(ring.getTopStroke()).as(theme + ": the ring stands out from its row").isNotEqualTo(background);
                assertThat(app.cellNow(LOYALTY_TIER, DESCRIPTION).getBorder()).as(theme + ": other cells have none")
                        .satisfiesAnyOf(border -> assertThat(border).isNull(),
                                border -> assertThat(border.getStrokes()).allSatisfy(stroke ->
                                        assertThat(stroke.getTopStroke()).isNotEqualTo(ring.getTopStroke())));
            }
        } finally {
            robot.interact(AppTheme.LIGHT::apply);
        }
    }

    private String focusedColumn() {
        TablePosition<ProfileProperty, ?> focused = app.table().getFocusModel().getFocusedCell();
        return focused.getTableColumn() == null ? null : focused.getTableColumn().getId();
    }

    private String focusedId(FxRobot robot) throws Exception {
        waitUntil(() -> app.table().getScene().getFocusOwner() != null);
        String[] id = new String[1];
        onFx(() -> {
            Node owner = app.table().getScene().getFocusOwner();
            // a combo box's or table's inner parts can hold the focus owner role; name the control
            while (owner != null && owner.getId() == null) owner = owner.getParent();
            id[0] = owner == null ? null : owner.getId();
            return true;
        });
        return id[0];
    }
}
