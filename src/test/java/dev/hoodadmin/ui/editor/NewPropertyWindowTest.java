package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.CreationState;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Map;

import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** File → New property… (Ctrl+N) in the real window: the checks of editing, then one created row with its server id. */
class NewPropertyWindowTest {
    @RegisterExtension
    final EditorExtension editor = new EditorExtension();
    private EditorHarness app;

    @Test
    void ctrlNOpensTheFormAndCreateAddsTheRowWithItsServerId(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn("#propertyTable").press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#newPropertyDialog").tryQuery().isPresent());
        Button create = createButton(robot);
        assertThat(create.isDisabled()).as("no label yet").isTrue();
        assertThat(problem(robot)).isEqualTo("A label is required.");

        robot.clickOn("#newLabel").write("Loyalty Tier");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot)).isEqualTo("A property labelled 'Loyalty Tier' already exists in this account.");
        assertThat(create.isDisabled()).isTrue();

        robot.doubleClickOn("#newLabel").eraseText(20).write("Favourite colour");
        robot.clickOn("#newExportAlias").write("fav colour");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot)).startsWith("Export alias may contain only");
        assertThat(create.isDisabled()).isTrue();

        robot.doubleClickOn("#newExportAlias").eraseText(20).write("fav_colour");
        robot.clickOn("#newExample").write("teal");
        robot.clickOn("#newPiData");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(create.isDisabled()).isFalse();
        robot.clickOn(create);

        waitUntil(() -> app.table().getItems().stream().anyMatch(row -> "Favourite colour".equals(row.label())));
        ProfileProperty shown = app.table().getItems().stream()
                .filter(row -> "Favourite colour".equals(row.label())).findFirst().orElseThrow();
        Map<String, Object> onServer = app.sim.property(shown.id()).orElseThrow();
        assertThat(onServer).containsEntry("label", "Favourite colour").containsEntry("export_alias", "fav_colour")
                .containsEntry("example", "teal").containsEntry("pi_data", 1);
        assertThat(app.sim.propertiesWithLabel("Favourite colour")).isEqualTo(1);
        assertOneCreationAndItWasCreated();
    }

    @Test
    void cancelQueuesNothing(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn("#fileMenu").clickOn("#newPropertyItem");
        waitUntil(() -> robot.lookup("#newPropertyDialog").tryQuery().isPresent());
        robot.clickOn("#newLabel").write("Never mind");

        robot.clickOn((Node) robot.lookup("#newPropertyDialog").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#newPropertyDialog").tryQuery()).isEmpty();
        assertThat(app.outbox.creations().list()).isEmpty();
        assertThat(app.sim.stats().count("POST", 201)).isZero();
    }

    @Test
    void aQueuedNewPropertyCountsAsUnsentUntilTheServerCreatedIt(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.worker.stop();

        app.outbox.creations().enqueue(NewProperty.labelled("Waiting to be created"));

        waitUntil(() -> app.newProperties.waitingCount() == 1);
        app.worker.start();
        waitUntil(() -> app.newProperties.waitingCount() == 0);
        assertThat(app.sim.propertiesWithLabel("Waiting to be created")).isEqualTo(1);
    }

    @Test
    void aRefusedNewPropertyOpensInTheFormAsTypedToBeCorrected(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        // queued while the label was free (by the command line, or before someone else took it)
        app.outbox.creations().enqueue(new NewProperty("Loyalty Tier", "text", Map.of(
                UpdatableField.DESCRIPTION, "Tier in the 2024 programme", UpdatableField.EXPORT_ALIAS, "tier_2024",
                UpdatableField.PI_DATA, "1")));

        waitUntil(() -> robot.lookup("#newPropertyProblemAlert").tryQuery().isPresent());
        DialogPane alert = robot.lookup("#newPropertyProblemAlert").queryAs(DialogPane.class);
        assertThat(alert.getHeaderText()).isEqualTo("'Loyalty Tier' was not created");
        assertThat(alert.getContentText()).contains("already exists");
        robot.clickOn(button(alert, "Edit and create again…"));

        waitUntil(() -> robot.lookup("#newPropertyDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#newLabel").queryAs(TextField.class).getText()).isEqualTo("Loyalty Tier");
        assertThat(robot.lookup("#newDescription").queryAs(TextArea.class).getText()).isEqualTo("Tier in the 2024 programme");
        assertThat(robot.lookup("#newExportAlias").queryAs(TextField.class).getText()).isEqualTo("tier_2024");
        assertThat(robot.lookup("#newPiData").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(problem(robot)).isEqualTo("A property labelled 'Loyalty Tier' already exists in this account.");

        robot.clickOn("#newLabel").press(KeyCode.END).release(KeyCode.END).write(" 2024");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(createButton(robot));

        waitUntil(() -> app.table().getItems().stream().anyMatch(row -> "Loyalty Tier 2024".equals(row.label())));
        assertThat(app.sim.propertiesWithLabel("Loyalty Tier 2024")).isEqualTo(1);
        String id = app.table().getItems().stream().filter(row -> "Loyalty Tier 2024".equals(row.label()))
                .findFirst().orElseThrow().id();
        assertThat(app.sim.property(id).orElseThrow()).containsEntry("description", "Tier in the 2024 programme")
                .containsEntry("export_alias", "tier_2024").containsEntry("pi_data", 1);
        assertOneCreationAndItWasCreated(); // the correction replaced the refused one: nothing left for `resume`
    }

    @Test
    void aNewPropertyWhoseAttemptsRanOutIsSentAgainOnTryAgain(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.sim.faults().setPatchFailureRate(1.0); // POSTs too
        app.outbox.creations().enqueue(NewProperty.labelled("Preferred store"));

        waitUntil(() -> robot.lookup("#newPropertyProblemAlert").tryQuery().isPresent());
        assertThat(app.outbox.creations().list()).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(CreationState.FAILED));
        assertThat(app.newProperties.waitingCount()).isZero();
        app.sim.faults().clear();
        robot.clickOn(button(robot.lookup("#newPropertyProblemAlert").queryAs(DialogPane.class), "Try again"));

        waitUntil(() -> app.table().getItems().stream().anyMatch(row -> "Preferred store".equals(row.label())));
        assertThat(app.sim.propertiesWithLabel("Preferred store")).isEqualTo(1);
        assertOneCreationAndItWasCreated();
    }

    @Test
    void discardRemovesARefusedNewPropertyForGood(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        app.outbox.creations().enqueue(NewProperty.labelled("Loyalty Tier"));

        waitUntil(() -> robot.lookup("#newPropertyProblemAlert").tryQuery().isPresent());
        robot.clickOn(button(robot.lookup("#newPropertyProblemAlert").queryAs(DialogPane.class), "Discard"));

        waitUntil(() -> app.outbox.creations().list().isEmpty());
        assertThat(robot.lookup("#newPropertyDialog").tryQuery()).isEmpty();
        assertThat(app.sim.propertiesWithLabel("Loyalty Tier")).isEqualTo(1);
    }

    private void assertOneCreationAndItWasCreated() {
        assertThat(app.outbox.creations().list()).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(CreationState.CREATED));
    }

    private static Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().filter(type -> type.getText().equals(text))
                .map(type -> (Button) pane.lookupButton(type)).findFirst().orElseThrow();
    }

    private static Button createButton(FxRobot robot) {
        DialogPane pane = robot.lookup("#newPropertyDialog").queryAs(DialogPane.class);
        return (Button) pane.lookupButton(pane.getButtonTypes().get(0));
    }

    private static String problem(FxRobot robot) {
        return robot.lookup("#newPropertyProblem").queryAs(Label.class).getText();
    }
}
