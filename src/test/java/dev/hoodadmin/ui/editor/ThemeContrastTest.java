package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ui.WcagContrast;
import dev.hoodadmin.ui.common.AppTheme;
import dev.hoodadmin.ui.table.EditPseudo;
import dev.hoodadmin.ui.table.PropertyColumns;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.hoodadmin.ui.editor.EditorHarness.HOME_LOCATION;
import static dev.hoodadmin.ui.editor.EditorHarness.EMAIL;
import static dev.hoodadmin.ui.editor.EditorHarness.LIFETIME_VALUE;
import static dev.hoodadmin.ui.editor.EditorHarness.LOYALTY_TIER;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text contrast of at least 4.5:1 (WCAG AA) in the light and the dark theme, computed from the colours the
 * rendered nodes have under each theme: normal and muted text, the status bar, the demo banner, the tinted
 * cells of an unsent and a failed edit, a system row and its lock, and the error texts.
 */
class ThemeContrastTest {
    @RegisterExtension
    final EditorExtension editor = new EditorExtension(EditorHarness.Setup.demoWindow());
    private EditorHarness app;

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(AppTheme.LIGHT::apply); // the theme is the whole application's
    }

    @ParameterizedTest
    @EnumSource(AppTheme.class)
    void everyTextReachesTheContrastMinimum(AppTheme theme, FxRobot robot) throws Exception {
        showEveryKindOfText(robot);
        robot.interact(theme::apply);
        WaitForAsyncUtils.waitForFxEvents();

        Map<String, Double> ratios = WaitForAsyncUtils.waitForAsyncFx(10_000, this::measure);
        System.out.println("contrast " + theme + ": " + format(ratios));

        List<String> tooLow = new ArrayList<>();
        ratios.forEach((what, ratio) -> {
            if (ratio < WcagContrast.TEXT_MINIMUM) tooLow.add(what + " " + String.format(Locale.ROOT, "%.2f", ratio));
        });
        assertThat(tooLow).as("texts under 4.5:1 in the %s theme", theme).isEmpty();
    }

    /** An unsent edit, a failed one, a selected row with a refused value: every state that colours text. */
    private void showEveryKindOfText(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.workerApi.sendOverlongDescriptionFor(LOYALTY_TIER);
        app.save(robot, LOYALTY_TIER, UpdatableField.DESCRIPTION, "Looks fine here");
        app.cell(robot, LOYALTY_TIER, PropertyColumns.DESCRIPTION);
        waitUntil(() -> app.cellHas(LOYALTY_TIER, PropertyColumns.DESCRIPTION, EditPseudo.ERROR));
        app.workerApi.hold();
        app.save(robot, LIFETIME_VALUE, UpdatableField.EXAMPLE, "9999");
        app.cell(robot, LIFETIME_VALUE, PropertyColumns.EXAMPLE);
        waitUntil(() -> app.cellHas(LIFETIME_VALUE, PropertyColumns.EXAMPLE, EditPseudo.CHANGED));

        robot.clickOn(app.cell(robot, LOYALTY_TIER, PropertyColumns.LABEL)); // its problem shows in the pane
        TextField alias = robot.lookup("#detailExportAlias").queryAs(TextField.class);
        robot.clickOn(alias).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("tier-x");
        waitUntil(() -> robot.lookup("#detailExportAliasProblem").query().isVisible()
                && robot.lookup("#detailProblem").query().isVisible());
        // the rows from Loyalty Tier down to the system row Email in sight, the leftmost columns too
        app.cell(robot, LOYALTY_TIER, PropertyColumns.STATUS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Map<String, Double> measure() {
        Map<String, Double> ratios = new LinkedHashMap<>();
        Node scene = app.table().getScene().getRoot();
        text(ratios, "table text", app.cellNow(HOME_LOCATION, PropertyColumns.LABEL));
        text(ratios, "system row text", app.cellNow(EMAIL, PropertyColumns.LABEL));
        TableCell<?, ?> lockCell = app.cellNow(EMAIL, PropertyColumns.STATUS);
        FontIcon lock = (FontIcon) lockCell.getGraphic();
        ratios.put("lock marker", contrast(lock.getIconColor(), lockCell));
        text(ratios, "unsent cell", app.cellNow(LIFETIME_VALUE, PropertyColumns.EXAMPLE));
        text(ratios, "failed cell", app.cellNow(LOYALTY_TIER, PropertyColumns.DESCRIPTION));
        text(ratios, "detail title", scene.lookup("#detailTitle"));
        text(ratios, "muted text (character count)", scene.lookup("#detailDescriptionCount"));
        text(ratios, "muted text (save hint)", scene.lookup("#detailSaveHint"));
        text(ratios, "validation message", scene.lookup("#detailExportAliasProblem"));
        text(ratios, "server error headline", scene.lookup("#detailProblemHeadline"));
        text(ratios, "server error message", scene.lookup("#detailProblemMessage"));
        text(ratios, "demo banner", scene.lookup("#demoBanner"));
        text(ratios, "status bar endpoint", scene.lookup("#endpointLabel"));
        text(ratios, "status bar mode (demo)", scene.lookup("#modeLabel"));
        text(ratios, "status bar count", scene.lookup("#propertyCountLabel"));
        text(ratios, "status bar budget", scene.lookup("#budgetWindow0"));
        return ratios;
    }

    private static void text(Map<String, Double> ratios, String what, Node node) {
        assertThat(node).as(what).isInstanceOf(Labeled.class);
        assertThat(node.isVisible()).as("%s shows", what).isTrue();
        ratios.put(what, contrast(((Labeled) node).getTextFill(), node));
    }

    private static double contrast(javafx.scene.paint.Paint foreground, Node node) {
        Color background = WcagContrast.backgroundOf(node);
        Color text = WcagContrast.colour(foreground);
        assertThat(text).as("a plain text colour on %s", node).isNotNull();
        return WcagContrast.ratio(text.getOpacity() < 1 ? WcagContrast.over(text, background) : text, background);
    }

    private static String format(Map<String, Double> ratios) {
        StringBuilder out = new StringBuilder();
        ratios.forEach((what, ratio) -> out.append(what).append(' ').append(String.format(Locale.ROOT, "%.2f", ratio)).append("; "));
        return out.toString();
    }
}
