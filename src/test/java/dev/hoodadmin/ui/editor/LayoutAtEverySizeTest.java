package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.SceneChecks;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static dev.hoodadmin.api.UpdatableField.EXAMPLE;
import static dev.hoodadmin.ui.editor.EditorHarness.LIFETIME_VALUE;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo window with a row selected and a validation message showing, at the smallest supported size and two
 * common ones: no text is cut to "…" and the controls a person works with are all in sight.
 */
class LayoutAtEverySizeTest {
    @RegisterExtension
    final EditorExtension editor = new EditorExtension(EditorHarness.Setup.demoWindow());
    private EditorHarness app;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1024, 768", "1280, 800", "1920, 1080"})
    void nothingIsCutAndTheKeyControlsShow(int width, int height, FxRobot robot) throws Exception {
        showRowWithValidationMessage(robot);

        Scene scene = resize(robot, width, height);

        assertThat(robot.lookup("#detailExportAliasProblem").queryAs(Label.class).isVisible()).isTrue();
        assertThat(onFx(() -> SceneChecks.cutTexts(scene))).as("texts cut at %d×%d", width, height).isEmpty();
        List<String> keyControls = List.of("#filterField", "#propertyTable", "#detailSaveButton",
                "#detailRevertButton", "#endpointLabel", "#modeLabel", "#budgetGauge", "#propertyCountLabel",
                "#accountSwitcher", "#detailExportAlias", "#demoBanner");
        for (String id : keyControls) {
            Node node = robot.lookup(id).query();
            assertThat(onFx(() -> SceneChecks.visibleInside(node))).as("%s in sight at %d×%d", id, width, height).isTrue();
        }
        // every quick filter stays reachable: as boxes, or folded into the Filters menu
        boolean boxes = onFx(() -> SceneChecks.visibleInside(robot.lookup("#kindFilter").query()));
        boolean menu = onFx(() -> SceneChecks.visibleInside(robot.lookup("#quickFiltersMenu").query()));
        assertThat(boxes ^ menu).as("either the quick filter boxes or the Filters menu at %d×%d", width, height).isTrue();
        if (boxes) {
            for (String id : List.of("#dataTypeFilter", "#piDataFilter", "#importableFilter", "#exportableFilter")) {
                assertThat(onFx(() -> SceneChecks.visibleInside(robot.lookup(id).query()))).as(id).isTrue();
            }
        }
    }

    @Test
    void theCheckSeesAButtonCutToAnEllipsis(FxRobot robot) throws Exception {
        showRowWithValidationMessage(robot);
        Scene scene = resize(robot, 1280, 800);
        Button save = robot.lookup("#detailSaveButton").queryAs(Button.class);
        assertThat(onFx(() -> SceneChecks.cutTexts(scene))).isEmpty();

        robot.interact(() -> {
            save.setMinWidth(0);
            save.setMaxWidth(save.prefWidth(-1) - 8); // a few pixels short: "Sa..."
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(SceneChecks.shownText(save)).isNotEqualTo("Save").endsWith(save.getEllipsisString());
        assertThat(onFx(() -> SceneChecks.cutTexts(scene))).anyMatch(text -> text.startsWith("#detailSaveButton"));
    }

    @Test
    void narrowToolbarFoldsTheQuickFiltersIntoAMenuThatCountsThoseInUse(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        resize(robot, 1024, 768);
        var menu = robot.lookup("#quickFiltersMenu").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(menu.isVisible()).isTrue();
        assertThat(menu.getText()).isEqualTo("Filters");

        robot.clickOn(menu).clickOn(menuEntry(robot, "PI data"));
        // straight across into the submenu first: a diagonal path would cross (and open) the next filters' submenus
        Node piData = menuEntry(robot, "PI data");
        double halfWidth = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> piData.getLayoutBounds().getWidth() / 2);
        robot.moveBy(halfWidth + 20, 0).clickOn(menuEntry(robot, "Yes"));
        waitUntil(() -> "Filters (1)".equals(menu.getText()));
        assertThat(app.table().getItems()).allMatch(row -> Boolean.TRUE.equals(row.piData())).isNotEmpty();

        resize(robot, 1920, 1080);
        assertThat(menu.isVisible()).isFalse();
        assertThat(robot.lookup("#piDataFilter").query().isVisible()).isTrue();
        assertThat(robot.lookup("#piDataFilter").queryComboBox().getValue().toString()).isEqualTo("YES");
    }

    @Test
    void aNarrowStatusBarShowsShortFormsWithTheFullTextInTheirTooltips(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        String endpoint = app.sim.baseUri().toString().replaceAll("/$", "");
        Label endpointLabel = robot.lookup("#endpointLabel").queryAs(Label.class);
        Label mode = robot.lookup("#modeLabel").queryAs(Label.class);

        resize(robot, 1920, 1080);
        assertThat(endpointLabel.getText()).isEqualTo(endpoint);
        assertThat(mode.getText()).isEqualTo("Demo (built-in simulator)");

        resize(robot, 1024, 768);
        assertThat(endpointLabel.getText()).isEqualTo(endpoint.replace("http://", ""));
        assertThat(endpointLabel.getTooltip().getText()).isEqualTo("API endpoint: " + endpoint);
        assertThat(endpointLabel.getAccessibleText()).isEqualTo("API endpoint: " + endpoint);
        assertThat(mode.getTooltip().getText()).isEqualTo("Mode: Demo (built-in simulator)");
        Label budget = robot.lookup("#budgetWindow0").queryAs(Label.class);
        assertThat(budget.getTooltip().getText()).startsWith("Requests in the current 1 s window:");
    }

    /** An entry of a menu on screen (the table has cells reading "Yes" too, and closed submenus keep theirs). */
    private static Node menuEntry(FxRobot robot, String text) {
        return robot.lookup(".menu-item").match((javafx.scene.Parent entry) -> entry.getScene() != null
                && entry.getScene().getWindow().isShowing() && entry.getChildrenUnmodifiable().stream().anyMatch(child -> child instanceof Label label
                && text.equals(label.getText()))).query();
    }

    /** Selects a custom property and types an export alias the rules refuse, so its reason shows under the field. */
    private void showRowWithValidationMessage(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, LIFETIME_VALUE, dev.hoodadmin.ui.table.PropertyColumns.LABEL));
        TextField alias = robot.lookup("#detailExportAlias").queryAs(TextField.class);
        robot.clickOn(alias).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("life-time");
        waitUntil(() -> robot.lookup("#detailExportAliasProblem").queryAs(Label.class).isVisible());
    }

    private static Scene resize(FxRobot robot, int width, int height) {
        Window window = robot.lookup("#propertyTable").query().getScene().getWindow();
        robot.interact(() -> {
            Stage stage = (Stage) window;
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // a second pass: labels choose their short or long form in the first layout at the new size
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = window.getScene();
        assertThat(scene.getWidth()).isEqualTo(width);
        assertThat(scene.getHeight()).isEqualTo(height);
        return scene;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }
}
