package dev.hoodadmin.ui.editor;

import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.ui.table.EditPseudo;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static dev.hoodadmin.ui.editor.EditorHarness.LOYALTY_TIER;
import static dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Editing in the grid with the keyboard, against the real simulator and outbox. */
@ExtendWith(ApplicationExtension.class)
class GridEditingTest {
    @TempDir
    Path folder;
    private EditorHarness app;

    @Start
    void start(Stage stage) {
        app = new EditorHarness(folder, stage);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
        FxToolkit.cleanupStages();
    }

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
}
