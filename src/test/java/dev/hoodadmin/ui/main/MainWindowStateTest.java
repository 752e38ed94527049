package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.ColumnState;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import dev.hoodadmin.ui.common.WindowState;
import dev.hoodadmin.ui.table.PropertyColumns;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Size, position, column widths and order survive closing the window and opening a new one. */
@ExtendWith(FxRobotExtension.class)
class MainWindowStateTest {
    private final InMemoryWindowStateStore store = new InMemoryWindowStateStore();
    private final ExecutorService background = TestWindows.backgroundExecutor();

    @AfterEach
    void tearDown() throws TimeoutException {
        background.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void closingSavesTheLayoutAndTheNextWindowRestoresIt(FxRobot robot) {
        Stage first = open(robot);
        robot.interact(() -> {
            first.setX(70);
            first.setY(50);
            first.setWidth(1000);
            first.setHeight(650);
            TableView<ProfileProperty> table = table(first);
            column(table, PropertyColumns.DESCRIPTION).setPrefWidth(420);
            // what dragging the Target header to the front does
            TableColumn<ProfileProperty, ?> target = column(table, PropertyColumns.TARGET);
            table.getColumns().remove(target);
            table.getColumns().add(0, target);
        });

        robot.interact(first::close);

        WindowState saved = store.load().orElseThrow();
        assertThat(List.of(saved.x(), saved.y(), saved.width(), saved.height())).containsExactly(70.0, 50.0, 1000.0, 650.0);
        assertThat(saved.columns().get(0).id()).isEqualTo(PropertyColumns.TARGET);
        assertThat(saved.columns()).contains(new ColumnState(PropertyColumns.DESCRIPTION, 420));

        Stage second = open(robot);

        assertThat(List.of(second.getX(), second.getY(), second.getWidth(), second.getHeight()))
                .containsExactly(70.0, 50.0, 1000.0, 650.0);
        TableView<ProfileProperty> table = table(second);
        assertThat(table.getColumns().get(0).getId()).isEqualTo(PropertyColumns.TARGET);
        assertThat(column(table, PropertyColumns.DESCRIPTION).getWidth()).isEqualTo(420);
        assertThat(table.getColumns()).hasSize(PropertyColumns.all().size());
    }

    @Test
    void windowSavedOnAMonitorThatIsGoneOpensOnTheScreen(FxRobot robot) {
        store.save(new WindowState(9000, 4000, 900, 600, false, List.of()));

        Stage stage = open(robot);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(screen.contains(stage.getX(), stage.getY())).as("top-left %s,%s on %s", stage.getX(), stage.getY(), screen)
                .isTrue();
        assertThat(stage.getWidth()).isEqualTo(Math.min(900, screen.getWidth()));
    }

    private Stage open(FxRobot robot) {
        AtomicReference<Stage> stage = new AtomicReference<>();
        robot.interact(() -> {
            Stage created = new Stage();
            FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(20));
            new MainWindow(TestWindows.viewModel(api, background, false, 50), store).show(created);
            stage.set(created);
        });
        return stage.get();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ProfileProperty> table(Stage stage) {
        return (TableView<ProfileProperty>) stage.getScene().lookup("#propertyTable");
    }

    private static TableColumn<ProfileProperty, ?> column(TableView<ProfileProperty> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
