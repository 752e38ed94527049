package dev.hoodadmin.ui.main;

import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.engine.PropertySync;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.find.FilterExecution;
import dev.hoodadmin.ui.find.RowPass;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.skin.TableColumnHeader;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

/** Builds what the TestFX tests share: a view model on a real background thread, and header lookups. */
final class TestWindows {
    static final String BACKGROUND_THREAD = "test-background-loader";
    static final String ENDPOINT = "http://localhost:8181";

    private TestWindows() {
    }

    static ExecutorService backgroundExecutor() {
        return namedThread(BACKGROUND_THREAD);
    }

    /** After a test: pages still held are served, the background stops, the windows close. */
    static void closeAll(FakePropertyApi api, ExecutorService background) throws TimeoutException {
        api.releaseAll();
        background.shutdownNow();
        FxToolkit.cleanupStages();
    }

    /** Like the app's filter: passes on {@code filtering}, results on the JavaFX thread, a 150 ms typing pause. */
    static MainViewModel viewModel(PropertyApi api, ExecutorService background, Executor filtering,
                                   RowPass.Computation computation, boolean demo, int pageSize) {
        return viewModel(api, pageSize, background, Platform::runLater,
                FilterExecution.app(filtering).withComputation(computation), demo);
    }

    static ExecutorService namedThread(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Results arrive on the JavaFX thread as in the app; retries do not wait; filtering on the calling thread. */
    static MainViewModel viewModel(PropertyApi api, ExecutorService background, boolean demo, int pageSize) {
        return viewModel(api, pageSize, background, Platform::runLater, FilterExecution.inPlace(), demo);
    }

    /** A view model that keeps no copy between runs, reading from {@code api} without waiting between retries. */
    static MainViewModel viewModel(PropertyApi api, int pageSize, Executor background, Executor ui,
                                   FilterExecution filtering, boolean demo) {
        return new MainViewModel(new PropertySync(new PropertyPager(api, duration -> { }), pageSize, null),
                new PropertyLoader(BackgroundTasks.of(background, ui)), filtering, new AccountLabel(Endpoint.parse(ENDPOINT), demo), Locale.US);
    }

    /** The header a person clicks to sort by {@code column}. */
    /** What the status bar's count says ("300 properties", "Showing 12 of 300"). */
    static String countText(FxRobot robot) {
        return robot.lookup("#propertyCountLabel").queryAs(Label.class).getText();
    }

    static Node header(FxRobot robot, TableColumn<?, ?> column) {
        return robot.lookup(".column-header")
                .match(node -> node instanceof TableColumnHeader && ((TableColumnHeader) node).getTableColumn() == column)
                .query();
    }
}
