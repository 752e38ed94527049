package dev.hoodadmin.bench;

import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.engine.PropertySync;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.PropertyCache;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import dev.hoodadmin.ui.find.Debouncer;
import dev.hoodadmin.ui.find.FilterCriteria;
import dev.hoodadmin.ui.find.FilterExecution;
import dev.hoodadmin.ui.find.FlagChoice;
import dev.hoodadmin.ui.find.FxDebouncer;
import dev.hoodadmin.ui.find.KindChoice;
import dev.hoodadmin.ui.find.RowPass;
import dev.hoodadmin.ui.main.AccountLabel;
import dev.hoodadmin.ui.main.MainViewModel;
import dev.hoodadmin.ui.main.MainWindow;
import dev.hoodadmin.ui.main.PropertyLoader;
import dev.hoodadmin.ui.table.PropertyColumns;
import dev.hoodadmin.ui.table.PropertyTable;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One variant at one size, in its own JVM: the real window classes ({@code MainViewModel}, {@code MainWindow},
 * {@code FindModel}, {@code PropertyTable}) or a stock {@code TableView} over {@code SortedList(FilteredList)}.
 * Prints one table row.
 */
public final class WindowRun {
    static final String HEADER = """
            | variant | rows | keystroke → updated p50 / p95 / max | FX blocked per keystroke p95 / max / p95 after the first round \
            | sorted column: keystroke → updated p50 / p95 / max | sorted: FX blocked p95 / max / p95 after the first round \
            | header click → sorted (FX blocked) | first rows, 2nd start (kept copy) | RSS after load | live heap after load \
            | FX-thread CPU per keystroke p95 / max / p95 after the first round | sorted: FX-thread CPU p95 / max / p95 after the first round |
            |---|---|---|---|---|---|---|---|---|---|---|---|""";
    /** Typed one after another, each a different number of matches so the update is recognisable; then cleared. */
    private static final List<String> KEYSTROKES = List.of("target_9", "target_99", "target_999", "target_9999",
            "target_999", "target_99", "target_9", "");
    private static final int ROUNDS = 5;
    /**
     * The window as it was before its table had its own flow and announced a replacement as additions and removals:
     * JavaFX's table skin over a list whose every replacement is a {@code setAll}, same run.
     */
    static final String STOCK_SKIN = "app-stock-skin";
    static final List<String> VARIANTS = List.of("app", STOCK_SKIN, "stock");
    private static final Map<String, String> NAMES = Map.of("app", "Hood Admin", STOCK_SKIN,
            "Hood Admin before (JavaFX's table skin, rows replaced by setAll)", "stock", "stock FilteredList+SortedList");

    private final String variant;
    private final int size;
    /** The name in the table's first column (the variant's, unless the benchmark gave one, e.g. for other JVM options). */
    private final String name;
    private final List<ProfileProperty> rows;
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bench-background");
        thread.setDaemon(true);
        return thread;
    });
    /** FX-thread stalls since the last keystroke began (ns): the keystroke itself and each result applied. */
    private final List<Long> stalls = Collections.synchronizedList(new ArrayList<>());
    /** The JavaFX thread's CPU time in each of those stalls (ns): what they cost without waiting for a core. */
    private final List<Long> stallsCpu = Collections.synchronizedList(new ArrayList<>());
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private TableView<ProfileProperty> table;
    private Parent root;
    private Consumer<String> type;
    /** Set when the rows of the current keystroke are in the table; the update counts once laid out. */
    private volatile Runnable afterLayout = () -> { };

    private WindowRun(String variant, int size, String name) {
        this.variant = variant;
        this.size = size;
        this.name = name;
        this.rows = FakePropertyApi.sample(size);
    }

    public static void main(String[] args) {
        // System.exit either way: the JavaFX thread is not a daemon, a failed run must not keep the JVM alive
        int status = 1;
        try {
            Platform.startup(() -> { });
            new WindowRun(args[0], Integer.parseInt(args[1]), args.length > 2 ? args[2] : NAMES.get(args[0])).run();
            status = 0;
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.out.println("- " + args[0] + " " + args[1] + " failed: " + failure);
        } finally {
            System.exit(status);
        }
    }

    private void run() throws Exception {
        Path folder = Files.createTempDirectory("uibench");
        Database database = Database.open(folder.resolve("outbox.db"), AppSchema.current());
        if (variant.startsWith("app")) openApp(database); else openStock();
        fx(this::timePulses);
        String rss = mib(residentBytes());
        String live = mib(liveHeapBytes());
        List<Long>[] plain = keystrokes();
        long sortNanos = sortByLabel();
        List<Long>[] sorted = keystrokes();
        String secondStart = variant.startsWith("app") ? ms(secondStart(database)) : "—";
        System.out.printf("| %s | %,d | %s / %s / %s | %s / %s / %s | %s / %s / %s | %s / %s / %s | %s | %s | %s | %s | %s / %s / %s | %s / %s / %s |%n",
                name, size,
                ms(pct(plain[0], 50)), ms(pct(plain[0], 95)), ms(pct(plain[0], 100)), ms(pct(plain[1], 95)),
                ms(pct(plain[1], 100)), ms(pct(warm(plain[1]), 95)),
                ms(pct(sorted[0], 50)), ms(pct(sorted[0], 95)), ms(pct(sorted[0], 100)),
                ms(pct(sorted[1], 95)), ms(pct(sorted[1], 100)), ms(pct(warm(sorted[1]), 95)),
                ms(sortNanos), secondStart, rss, live,
                ms(pct(plain[2], 95)), ms(pct(plain[2], 100)), ms(pct(warm(plain[2]), 95)),
                ms(pct(sorted[2], 95)), ms(pct(sorted[2], 100)), ms(pct(warm(sorted[2]), 95)));
        database.close();
    }

    private void openApp(Database database) throws Exception {
        CountDownLatch loaded = new CountDownLatch(1);
        fx(() -> {
            MainWindow window = appWindow(database);
            table = window.table();
            root = window.root();
            MainViewModel vm = window.viewModel();
            type = text -> vm.find().textProperty().set(text);
            vm.propertyCountTextProperty().addListener((obs, old, text) -> {
                if (text.equals(String.format(Locale.US, "%,d properties", size))
                        && !vm.status().loadingProperty().get()) loaded.countDown();
            });
            vm.status().loadingProperty().addListener((obs, was, loading) -> {
                if (!loading && table.getItems().size() == size) loaded.countDown();
            });
            window.show(new Stage());
            return null;
        });
        if (!loaded.await(300, TimeUnit.SECONDS)) throw new IllegalStateException("the load did not finish");
    }

    /** The window as the app builds it, but each result applied on the FX thread is timed. */
    private MainWindow appWindow(Database database) {
        BackgroundTasks timed = BackgroundTasks.of(pool, work -> Platform.runLater(() -> timed(work)));
        // a slow pass waits for typing to pause: the pass it then starts (or the rows it shows at once, for an
        // empty filter) is FX-thread work of the keystroke too, so it is timed and watched the same way
        Debouncer typing = new FxDebouncer(FilterExecution.TYPING_PAUSE);
        Debouncer timedTyping = new Debouncer() {
            @Override
            public void submit(Runnable action) {
                typing.submit(() -> timed(action));
            }

            @Override
            public void cancel() {
                typing.cancel();
            }
        };
        FilterExecution filtering = new FilterExecution(timed, timedTyping, RowPass.Computation.DEFAULT);
        PropertySync sync = new PropertySync(new PropertyPager(new FakePropertyApi(rows), pause -> { }),
                PropertyPager.LARGEST_ASK, new PropertyCache(database, Clock.systemUTC()));
        MainViewModel vm = new MainViewModel(sync, new PropertyLoader(BackgroundTasks.of(pool, Platform::runLater)),
                filtering, new AccountLabel(Endpoint.parse("http://127.0.0.1:9"), false), Locale.US);
        MainWindow window = new MainWindow(vm, new InMemoryWindowStateStore());
        if (variant.equals(STOCK_SKIN)) useStockSkin(window.table());
        return window;
    }

    /** JavaFX's own skin, over a copy of the shown rows that every change of them replaces by {@code setAll}. */
    private static void useStockSkin(TableView<ProfileProperty> table) {
        ObservableList<ProfileProperty> shown = table.getItems();
        ObservableList<ProfileProperty> copy = FXCollections.observableArrayList(shown);
        shown.addListener((ListChangeListener<ProfileProperty>) change -> copy.setAll(shown));
        table.setItems(copy);
        table.setSkin(new TableViewSkin<>(table));
    }

    /**
     * Each pulse's CSS and layout passes count as a stall too: CSS a keystroke's rows left to the next pulse, or
     * a layout there, is FX-thread work of that keystroke (measured from the pulse's first listener to its last).
     */
    private Void timePulses() {
        long[] began = new long[2];
        root.getScene().addPreLayoutPulseListener(() -> {
            began[0] = System.nanoTime();
            began[1] = THREADS.getCurrentThreadCpuTime();
        });
        root.getScene().addPostLayoutPulseListener(() -> {
            stalls.add(System.nanoTime() - began[0]);
            stallsCpu.add(THREADS.getCurrentThreadCpuTime() - began[1]);
        });
        return null;
    }

    /** Runs FX-thread work of a keystroke with the layout it causes, records how long it took, checks for the update. */
    private void timed(Runnable work) {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        work.run();
        if (root != null) root.layout();
        stalls.add(System.nanoTime() - start);
        stallsCpu.add(THREADS.getCurrentThreadCpuTime() - cpu);
        afterLayout.run();
    }

    private void openStock() throws Exception {
        fx(() -> {
            ObservableList<ProfileProperty> source = FXCollections.observableArrayList(rows);
            FilteredList<ProfileProperty> filtered = new FilteredList<>(source);
            SortedList<ProfileProperty> sorted = new SortedList<>(filtered);
            table = new TableView<>(sorted);
            table.getColumns().setAll(PropertyColumns.all());
            sorted.comparatorProperty().bind(table.comparatorProperty());
            type = text -> {
                FilterCriteria criteria = new FilterCriteria(text, KindChoice.ALL, "", FlagChoice.ANY, FlagChoice.ANY,
                        FlagChoice.ANY);
                filtered.setPredicate(criteria.matchesEverything() ? null : criteria::test);
            };
            root = table;
            Stage stage = new Stage();
            stage.setScene(new Scene(table, 1440, 880));
            stage.show();
            return null;
        });
    }

    /** [latencies, FX stalls, FX stalls' CPU time] of every keystroke, ns. */
    @SuppressWarnings("unchecked")
    private List<Long>[] keystrokes() throws Exception {
        List<Long> latencies = new ArrayList<>();
        List<Long> blocked = new ArrayList<>();
        List<Long> blockedCpu = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String text : KEYSTROKES) {
                FilterCriteria criteria = new FilterCriteria(text, KindChoice.ALL, "", FlagChoice.ANY, FlagChoice.ANY,
                        FlagChoice.ANY);
                int expected = (int) rows.stream().filter(criteria::test).count();
                CountDownLatch updated = new CountDownLatch(1);
                long[] done = new long[1];
                afterLayout = () -> {
                    if (table.getItems().size() == expected && done[0] == 0) {
                        done[0] = System.nanoTime();
                        updated.countDown();
                    }
                };
                ListChangeListener<ProfileProperty> watch = change -> { };
                stalls.clear();
                stallsCpu.clear();
                long start = fx(() -> {
                    table.getItems().addListener(watch);
                    long began = System.nanoTime();
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    type.accept(text);
                    root.layout();
                    stalls.add(System.nanoTime() - began);
                    stallsCpu.add(THREADS.getCurrentThreadCpuTime() - cpu);
                    afterLayout.run();
                    return began;
                });
                if (!updated.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("no update for '" + text + "'");
                fx(() -> { table.getItems().removeListener(watch); return null; });
                Thread.sleep(30); // let the last result's own FX work finish and be counted
                latencies.add(done[0] - start);
                synchronized (stalls) {
                    blocked.add(stalls.stream().mapToLong(Long::longValue).max().orElse(0));
                }
                synchronized (stallsCpu) {
                    blockedCpu.add(stallsCpu.stream().mapToLong(Long::longValue).max().orElse(0));
                }
            }
        }
        return new List[] {latencies, blocked, blockedCpu};
    }

    /** Clicks the label header (as the sort order changes) and waits for the sorted rows; returns the FX stall (stock) or the time to sorted (app). */
    private long sortByLabel() throws Exception {
        CountDownLatch sorted = new CountDownLatch(1);
        long[] done = new long[1];
        ListChangeListener<ProfileProperty> watch = change -> {
            if (done[0] == 0) {
                done[0] = System.nanoTime();
                sorted.countDown();
            }
        };
        long start = fx(() -> {
            table.getItems().addListener(watch);
            TableColumn<ProfileProperty, ?> label = table.getColumns().stream()
                    .filter(c -> PropertyColumns.LABEL.equals(c.getId())).findFirst().orElseThrow();
            long began = System.nanoTime();
            table.getSortOrder().setAll(List.of(label));
            root.layout();
            return began;
        });
        if (!sorted.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("never sorted");
        fx(() -> { table.getItems().removeListener(watch); return null; });
        return done[0] - start;
    }

    /** A second window on the same data file: from building it to its first rows on screen. */
    private long secondStart(Database database) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        long[] done = new long[1];
        long start = fx(() -> {
            long began = System.nanoTime();
            MainWindow window = appWindow(database);
            window.table().getItems().addListener((ListChangeListener<ProfileProperty>) change -> {
                if (done[0] == 0 && !window.table().getItems().isEmpty()) {
                    done[0] = System.nanoTime();
                    shown.countDown();
                }
            });
            window.show(new Stage());
            return began;
        });
        if (!shown.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("the kept copy never showed");
        return done[0] - start;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(300, TimeUnit.SECONDS);
    }

    /** The figures after the first round of keystrokes, once the JIT compiled the code they run. */
    private static List<Long> warm(List<Long> perKeystroke) {
        return perKeystroke.subList(KEYSTROKES.size(), perKeystroke.size());
    }

    private static long pct(List<Long> values, int percentile) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static String ms(long nanos) {
        return String.format(Locale.US, "%,.0f ms", nanos / 1e6);
    }

    static String mib(long bytes) {
        return String.format(Locale.US, "%,.0f MiB", bytes / 1048576.0);
    }

    static long liveHeapBytes() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** VmRSS of this process (Linux); -1 where /proc is missing. */
    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
