package dev.hoodadmin.ui.main;

import dev.hoodadmin.testing.TestClock;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** F5 in the window against the embedded simulator: someone else changes a row, Refresh brings in just that row. */
@ExtendWith(FxRobotExtension.class)
class MainWindowRefreshTest {
    private static final String TOKEN = "window-refresh-token";

    private final TestClock clock = TestClock.manual(Instant.parse("2026-03-01T10:00:00Z"));
    private final HoodSimulator sim = HoodSimulator.start(
            SimulatorConfig.builder(TOKEN).rateLimitsEnabled(false).clock(clock).build());
    private final HoodClient client = HoodClient.create(new Endpoint(sim.baseUri()), ApiToken.of(TOKEN), RequestGate.UNLIMITED);
    private final RecordingApi api = new RecordingApi(client);
    private final ExecutorService background = TestWindows.backgroundExecutor();

    @Start
    void start(Stage primary) {
        new MainWindow(TestWindows.viewModel(api, background, false, 100), new InMemoryWindowStateStore())
                .show(new Stage());
    }

    @AfterEach
    void tearDown() throws Exception {
        background.shutdownNow();
        sim.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void f5ReadsOnlyTheChangedRowAndShowsIt(FxRobot robot) throws Exception {
        Label count = robot.lookup("#propertyCountLabel").queryAs(Label.class);
        Button refresh = robot.lookup("#refreshButton").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "300 properties".equals(count.getText()) && !refresh.isDisabled());
        TableView<ProfileProperty> table = robot.lookup("#propertyTable").queryTableView();
        ProfileProperty changed = table.getItems().stream().filter(p -> !p.isSystem()).skip(3).findFirst().orElseThrow();

        clock.advance(Duration.ofHours(2));
        client.patch(changed.id(), Map.of(UpdatableField.DESCRIPTION, "Edited by a colleague"));
        api.forget();
        robot.clickOn("#propertyTable").type(KeyCode.F5);

        Label result = robot.lookup("#refreshResultLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "1 property updated".equals(result.getText()));
        assertThat(api.listQueries()).hasSize(2).first().asString().contains("update_time=gte:");
        assertThat(api.listQueries()).last().isEqualTo("page=1,1&fields=id"); // the total: nothing was deleted
        assertThat(table.getItems()).hasSize(300)
                .filteredOn(p -> p.id().equals(changed.id())).singleElement()
                .satisfies(p -> assertThat(p.description()).isEqualTo("Edited by a colleague"));
        assertThat(count.getText()).isEqualTo("300 properties");
    }
}
