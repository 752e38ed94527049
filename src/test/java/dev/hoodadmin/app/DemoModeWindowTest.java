package dev.hoodadmin.app;

import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.engine.PropertySync;
import dev.hoodadmin.ui.find.FilterExecution;
import dev.hoodadmin.ui.main.PropertyLoader;
import javafx.application.Platform;
import java.util.Locale;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import dev.hoodadmin.ui.main.AccountLabel;
import dev.hoodadmin.ui.main.MainViewModel;
import dev.hoodadmin.ui.main.MainWindow;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The window as the run command opens it with no token: the embedded simulator over loopback HTTP. */
@ExtendWith(FxRobotExtension.class)
class DemoModeWindowTest {
    private DemoServer demo;
    private final ExecutorService background = BackgroundExecutor.create("test-background", 1);

    @Start
    void start(Stage stage) {
        demo = DemoServer.start();
        HoodClient client = HoodClient.create(demo.endpoint(), demo.token(), RequestGate.UNLIMITED);
        MainViewModel viewModel = new MainViewModel(new PropertySync(new PropertyPager(client, PropertyPager.Pause.REAL),
                PropertyPager.LARGEST_ASK, null), new PropertyLoader(BackgroundTasks.of(background, Platform::runLater)),
                FilterExecution.app(background), new AccountLabel(demo.endpoint(), true), Locale.US);
        new MainWindow(viewModel, new InMemoryWindowStateStore()).show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        demo.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void tableFillsFromTheSimulatorWithLockedSystemRowsAndTheDemoBanner(FxRobot robot) throws Exception {
        Label count = robot.lookup("#propertyCountLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> (DemoServer.SAMPLE_SIZE + " properties").equals(count.getText()));

        TableView<ProfileProperty> table = robot.lookup("#propertyTable").queryTableView();
        assertThat(table.getItems()).hasSize(DemoServer.SAMPLE_SIZE);
        assertThat(robot.lookup("#demoBanner").query().isVisible()).isTrue();

        // the rows are drawn on the next layout pass after the count changes
        // cells keep a hidden lock for when they show a system row: the ones shown count
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup(".system-lock").match(Node::isVisible).queryAll().isEmpty());
        Set<Node> locks = robot.lookup(".system-lock").match(Node::isVisible).queryAll();
        assertThat(locks).isNotEmpty();
        for (Node lock : locks) {
            TableCell<?, ?> cell = (TableCell<?, ?>) lock.getParent();
            ProfileProperty row = (ProfileProperty) cell.getTableRow().getItem();
            assertThat(row.isSystem()).as("lock on row %s", row.id()).isTrue();
        }
        assertThat(table.getItems().stream().filter(ProfileProperty::isSystem).count())
                .isBetween(40L, 80L);
    }
}
