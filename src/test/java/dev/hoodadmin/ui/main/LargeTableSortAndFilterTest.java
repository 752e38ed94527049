package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import dev.hoodadmin.ui.find.RowPass;
import dev.hoodadmin.ui.table.PropertyColumns;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 rows sorted by a clicked header and filtered by typing: the work is observed on the filter thread and
 * never on the JavaFX thread (JavaFX's own comparator is never asked), the rows are right, the selection stays.
 */
@ExtendWith(FxRobotExtension.class)
class LargeTableSortAndFilterTest {
    private static final int ROWS = 100_000;
    private static final String FILTER_THREAD = "test-filter";

    private final FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(ROWS));
    private final ExecutorService background = TestWindows.backgroundExecutor();
    private final ExecutorService filtering = TestWindows.namedThread(FILTER_THREAD);
    /** Threads that ran a sort or filter pass, and whether that pass sorted. */
    private final List<String> passThreads = new CopyOnWriteArrayList<>();
    private final AtomicInteger fxComparisons = new AtomicInteger();
    private TableView<ProfileProperty> table;

    @Start
    void start(Stage primary) {
        RowPass.Computation recorded = (input, cancelled) -> {
            passThreads.add(Thread.currentThread().getName() + (input.order().isServerOrder() ? "" : " sorting"));
            return RowPass.compute(input, cancelled);
        };
        MainWindow window = new MainWindow(TestWindows.viewModel(api, background, filtering, recorded, false, 5_000),
                new InMemoryWindowStateStore());
        table = window.table();
        // JavaFX's own sort would call the column's comparator on the JavaFX thread: count any such call
        TableColumn<ProfileProperty, ?> label = column(PropertyColumns.LABEL);
        label.setComparator((a, b) -> {
            if (Platform.isFxApplicationThread()) fxComparisons.incrementAndGet();
            return 0;
        });
        window.show(new Stage());
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        background.shutdownNow();
        filtering.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void sortingByAColumnAndFiltering100kRowsRunsOffTheFxThreadAndKeepsTheSelection(FxRobot robot) throws Exception {
        waitUntil(() -> "100,000 properties".equals(TestWindows.countText(robot)));
        robot.interact(() -> table.getSelectionModel().select(7));
        ProfileProperty selected = table.getSelectionModel().getSelectedItem();

        robot.clickOn(TestWindows.header(robot, column(PropertyColumns.LABEL)));
        waitUntil(() -> passThreads.contains(FILTER_THREAD + " sorting") && isSortedByLabel(items()));
        assertThat(items()).hasSize(ROWS);
        assertThat(table.getSelectionModel().getSelectedItem()).as("the selected row stays selected").isSameAs(selected);

        robot.clickOn("#filterField").write("TARGET_12");
        // target_12, target_120 … 129, target_1200 … 1299, target_12000 … 12999
        waitUntil(() -> "Showing 1,111 of 100,000".equals(TestWindows.countText(robot)));
        List<ProfileProperty> shown = items();
        assertThat(shown).hasSize(1_111).allSatisfy(row -> assertThat(row.target()).startsWith("target_12"));
        assertThat(isSortedByLabel(shown)).isTrue();

        assertThat(passThreads).isNotEmpty().allSatisfy(thread -> assertThat(thread).startsWith(FILTER_THREAD));
        assertThat(fxComparisons).as("JavaFX never sorted on its own thread").hasValue(0);
    }

    private static boolean isSortedByLabel(List<ProfileProperty> rows) {
        Comparator<String> folded = Comparator.comparing(s -> s.toLowerCase());
        for (int i = 1; i < rows.size(); i++) {
            if (folded.compare(rows.get(i - 1).label(), rows.get(i).label()) > 0) return false;
        }
        return true;
    }

    /** The table's rows, copied on the JavaFX thread (which changes them). */
    private List<ProfileProperty> items() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> List.copyOf(table.getItems())).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TableColumn<ProfileProperty, ?> column(String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }


    private static void waitUntil(java.util.function.BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
