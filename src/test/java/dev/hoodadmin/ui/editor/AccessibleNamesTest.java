package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.SceneChecks;
import dev.hoodadmin.ui.table.PropertyColumns;
import dev.hoodadmin.api.UpdatableField;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.hoodadmin.ui.editor.EditorHarness.LIFETIME_VALUE;
import static dev.hoodadmin.ui.editor.EditorHarness.LOYALTY_TIER;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every control the keyboard reaches has a name a screen reader says — its accessible text, its own text or
 * a label bound to it — in the main window (detail pane and queue panel open) and in each dialog it opens.
 */
class AccessibleNamesTest {
    @RegisterExtension
    final EditorExtension editor = new EditorExtension(EditorHarness.Setup.demoWindow());
    private EditorHarness app;

    @Test
    void everyFocusableControlOfTheWindowAndItsDialogsHasAName(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, LIFETIME_VALUE, PropertyColumns.LABEL));
        robot.clickOn("#queuePanel"); // expanded: its list and buttons are in the scene
        Map<String, List<String>> unnamed = new LinkedHashMap<>();
        unnamed.put("main window", unnamedIn(robot, app.table().getScene()));

        unnamed.put("New property", unnamedInDialog(robot, KeyCode.N));
        unnamed.put("History", unnamedInDialog(robot, KeyCode.H));
        unnamed.put("Export", unnamedInDialog(robot, KeyCode.SHIFT, KeyCode.E));
        robot.clickOn(app.cell(robot, LOYALTY_TIER, PropertyColumns.LABEL)).press(KeyCode.SHIFT)
                .clickOn(app.cell(robot, LIFETIME_VALUE, PropertyColumns.LABEL)).release(KeyCode.SHIFT);
        unnamed.put("Bulk edit", unnamedInDialog(robot, KeyCode.B));

        assertThat(unnamed).allSatisfy((window, controls) -> assertThat(controls).as(window).isEmpty());
    }

    @Test
    void lockAndEditStatesAreSaidInWordsNotOnlyByIconAndColour(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        TableCell<?, ?> lock = app.cell(robot, EditorHarness.EMAIL, PropertyColumns.STATUS);
        assertThat(lock.getAccessibleRoleDescription()).isEqualTo("Locked");
        assertThat(lock.getAccessibleText()).contains("System property");

        app.workerApi.hold();
        app.save(robot, LIFETIME_VALUE, UpdatableField.EXAMPLE, "9999");
        app.cell(robot, LIFETIME_VALUE, PropertyColumns.STATUS); // scrolled into view
        waitUntil(() -> app.cellNow(LIFETIME_VALUE, PropertyColumns.STATUS).getAccessibleText() != null);
        TableCell<?, ?> unsent = app.cellNow(LIFETIME_VALUE, PropertyColumns.STATUS);
        assertThat(unsent.getAccessibleRoleDescription()).isIn("Unsent edit", "Edit being sent");
        assertThat(unsent.getAccessibleText()).startsWith(unsent.getAccessibleRoleDescription() + ": ");
        assertThat(app.cellNow(LIFETIME_VALUE, PropertyColumns.EXAMPLE).getAccessibleText())
                .isEqualTo("9999 (changed, not sent yet)");

        app.workerApi.sendOverlongDescriptionFor(LOYALTY_TIER);
        app.workerApi.release();
        app.save(robot, LOYALTY_TIER, UpdatableField.DESCRIPTION, "Looks fine here");
        app.cell(robot, LOYALTY_TIER, PropertyColumns.STATUS);
        waitUntil(() -> "Edit failed".equals(app.cellNow(LOYALTY_TIER, PropertyColumns.STATUS).getAccessibleRoleDescription()));
        assertThat(app.cell(robot, LOYALTY_TIER, PropertyColumns.STATUS).getAccessibleText())
                .startsWith("Edit failed: ").contains("too long");
        assertThat(app.cell(robot, LOYALTY_TIER, PropertyColumns.DESCRIPTION).getAccessibleText())
                .startsWith("Looks fine here. Error: ");
    }

    /** Opens a dialog with Ctrl+{@code keys} from the table, checks it, and closes it again. */
    private List<String> unnamedInDialog(FxRobot robot, KeyCode... keys) throws Exception {
        Window main = app.table().getScene().getWindow();
        List<Window> before = new ArrayList<>(Window.getWindows());
        // the keyboard in the table, not in a cell's editor (where Ctrl+H is a backspace)
        robot.interact(() -> app.table().requestFocus());
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> !before.contains(w) && w.isShowing()
                && w.getScene() != null && w != main && !(w instanceof javafx.stage.PopupWindow)));
        Window dialog = Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing()
                && !(w instanceof javafx.stage.PopupWindow)).findFirst().orElseThrow();
        List<String> unnamed = unnamedIn(robot, dialog.getScene());
        robot.interact(dialog::hide);
        WaitForAsyncUtils.waitForFxEvents();
        return unnamed;
    }

    private static List<String> unnamedIn(FxRobot robot, Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> SceneChecks.unnamedControls(scene));
    }
}
