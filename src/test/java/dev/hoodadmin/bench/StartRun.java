package dev.hoodadmin.bench;

import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.Filter;
import dev.hoodadmin.api.FilterOperator;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPage;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.engine.PropertySync;
import dev.hoodadmin.ratelimit.RateLimitHeaders;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.PropertyCache;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import dev.hoodadmin.ui.find.FilterExecution;
import dev.hoodadmin.ui.main.AccountLabel;
import dev.hoodadmin.ui.main.MainViewModel;
import dev.hoodadmin.ui.main.MainWindow;
import dev.hoodadmin.ui.main.PropertyLoader;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One start of the window in a JVM of its own, on a data file a first start filled: the times from the JVM's
 * start to its main method, to the JavaFX toolkit running, to the window shown and to its first and all rows
 * (from the kept copy). The same window classes as the app ({@code MainWindow} over {@code MainViewModel} and
 * the account's {@code PropertySync} with its kept copy); the account's opening (keychain, lock, outbox worker)
 * is not part of it. {@code StartRun fill ROWS FOLDER} makes the data file; {@code StartRun start ROWS FOLDER}
 * prints one line of figures: ms since the JVM started, the collectors' pauses until every row shows (ms), then
 * MiB resident with every row shown, resident once the load is over (the check for changes done and
 * {@link #SETTLE_MILLIS} idle, no GC forced), live heap after a full GC, and resident again after 3 s idle; with
 * {@code -Dstartrun.breakdown=true} a second line says where the resident memory goes ({@link MemoryBreakdown}).
 */
public final class StartRun {
    /** Set (true) to print where the resident memory goes after the figures ({@link MemoryBreakdown}). */
    static final String BREAKDOWN = "startrun.breakdown";
    /** Idle time after every row shows before the second resident-memory figure. */
    static final long SETTLE_MILLIS = 10_000;

    public static void main(String[] args) {
        long main = System.currentTimeMillis();
        int status = 1;
        try {
            int rows = Integer.parseInt(args[1]);
            Path folder = Path.of(args[2]);
            if (args[0].equals("fill")) fill(rows, folder); else start(rows, folder, main);
            status = 0;
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.out.println("- start run failed: " + failure);
        } finally {
            System.exit(status);
        }
    }

    /** A first start: every row read from the (fake) server and kept in the data file. */
    private static void fill(int rows, Path folder) throws Exception {
        Files.createDirectories(folder);
        try (Database database = Database.open(folder.resolve("outbox.db"), AppSchema.current())) {
            sync(database, rows).readAll((page, loaded, total) -> { });
        }
    }

    private static void start(int rows, Path folder, long mainMillis) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "start-background");
            thread.setDaemon(true);
            return thread;
        });
        CountDownLatch toolkit = new CountDownLatch(1);
        Platform.startup(toolkit::countDown);
        toolkit.await();
        long toolkitUp = System.currentTimeMillis();
        long[] at = new long[3]; // shown, first rows, all rows
        CountDownLatch all = new CountDownLatch(1);
        MainViewModel[] model = new MainViewModel[1];
        long[] gcMillis = new long[1]; // the collectors' pauses until every row shows
        Database database = Database.open(folder.resolve("outbox.db"), AppSchema.current());
        // the fake server's rows are made at each of its requests (the check for changes, in the background)
        PropertySync sync = new PropertySync(new PropertyPager(new LaterApi(rows), pause -> { }),
                PropertyPager.LARGEST_ASK, new PropertyCache(database, Clock.systemUTC()));
        Platform.runLater(() -> {
            MainViewModel vm = new MainViewModel(sync,
                    new PropertyLoader(BackgroundTasks.onFxThread(pool)), FilterExecution.app(pool),
                    new AccountLabel(Endpoint.parse("http://127.0.0.1:9"), false), Locale.US);
            model[0] = vm;
            MainWindow window = new MainWindow(vm, new InMemoryWindowStateStore());
            window.table().getItems().addListener((ListChangeListener<ProfileProperty>) change -> {
                int shown = window.table().getItems().size();
                if (at[1] == 0 && shown > 0) at[1] = System.currentTimeMillis();
                if (at[2] == 0 && shown == rows) {
                    at[2] = System.currentTimeMillis();
                    gcMillis[0] = collectionMillis();
                    all.countDown();
                }
            });
            Stage stage = new Stage();
            stage.setOnShown(event -> at[0] = System.currentTimeMillis());
            window.show(stage);
        });
        if (!all.await(300, TimeUnit.SECONDS)) throw new IllegalStateException("the kept rows never all showed");
        long rss = WindowRun.residentBytes();
        waitForCheck(model[0]);
        Thread.sleep(SETTLE_MILLIS); // what the process keeps once the load is over, before anyone forces a GC
        long settled = WindowRun.residentBytes();
        long live = WindowRun.liveHeapBytes();
        Thread.sleep(3000); // idle: a collector that gives memory back has done so by now
        System.out.printf(Locale.US, "  start %d %d %d %d %d %d %d %d %d %d %d%n", rows, main(jvmStart, mainMillis),
                toolkitUp - jvmStart, at[0] - jvmStart, at[1] - jvmStart, at[2] - jvmStart, gcMillis[0], rss >> 20,
                settled >> 20, live >> 20, WindowRun.residentBytes() >> 20);
        if (Boolean.getBoolean(BREAKDOWN)) {
            StringBuilder line = new StringBuilder("  breakdown");
            for (long figure : MemoryBreakdown.measure()) line.append(' ').append(figure);
            System.out.println(line);
        }
        database.close();
    }

    /**
     * Waits until the check for changes after the kept rows is over. Asked on the JavaFX thread, where one load's end
     * and the next one's start happen in the same step, so "not loading" is never the moment between the two.
     */
    private static void waitForCheck(MainViewModel vm) throws Exception {
        for (long end = System.currentTimeMillis() + 300_000; System.currentTimeMillis() < end; Thread.sleep(50)) {
            FutureTask<Boolean> loading = new FutureTask<>(() -> vm.status().loadingProperty().get());
            Platform.runLater(loading);
            if (!loading.get()) return;
        }
        throw new IllegalStateException("the check for changes never finished");
    }

    /** The time the collectors have spent so far, ms (their pauses: SerialGC stops every thread while it works). */
    private static long collectionMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, collector.getCollectionTime());
        }
        return millis;
    }

    private static long main(long jvmStart, long mainMillis) {
        return mainMillis - jvmStart;
    }

    /**
     * A fake server over {@code rows} sample rows ({@link FakePropertyApi#sampleRow}) that holds none of them: each
     * request makes the rows one at a time and keeps those it answers with. In the app the rows are on the server, so
     * the server's copy must neither delay the window nor count in this process's memory (a list of them all, kept
     * or made per request, was a second set of every row and grew the heap after the load). Like the server, it
     * answers the check for changes ({@code update_time} at or after the newest kept one) with the rows it matches.
     */
    private static final class LaterApi implements PropertyApi {
        private final int rows;

        LaterApi(int rows) {
            this.rows = rows;
        }

        @Override
        public PropertyPage list(ListQuery query) {
            int size = query.pageSize() == null ? 100 : query.pageSize();
            int skip = (query.page() == null ? 0 : query.page() - 1) * size;
            List<ProfileProperty> page = new ArrayList<>();
            int matching = 0;
            for (int i = 0; i < rows; i++) {
                ProfileProperty row = FakePropertyApi.sampleRow(i, rows);
                if (!matches(row, query.filters())) continue;
                if (matching >= skip && page.size() < size) page.add(row);
                matching++;
            }
            return new PropertyPage(matching, page, RateLimitHeaders.none(200));
        }

        private static boolean matches(ProfileProperty row, List<Filter> filters) {
            for (Filter filter : filters) {
                if (!filter.field().equals("update_time") || filter.operator() != FilterOperator.GTE) {
                    throw new UnsupportedOperationException("this fake server filters only update_time>=: " + filter);
                }
                if (row.updateTime().compareTo(filter.values().get(0)) < 0) return false;
            }
            return true;
        }

        @Override
        public RateLimitHeaders patch(String id, Map<UpdatableField, String> changes)
                throws HoodApiException, InterruptedException {
            throw new UnsupportedOperationException("no edits in a start");
        }

        @Override
        public Optional<ProfileProperty> create(NewProperty property) throws HoodApiException, InterruptedException {
            throw new UnsupportedOperationException("no edits in a start");
        }
    }

    private static PropertySync sync(Database database, int rows) {
        List<ProfileProperty> sample = FakePropertyApi.sample(rows);
        return new PropertySync(new PropertyPager(new FakePropertyApi(sample), pause -> { }), PropertyPager.LARGEST_ASK,
                new PropertyCache(database, Clock.systemUTC()));
    }
}
