package dev.hoodadmin.bench;

import dev.hoodadmin.api.Endpoint;
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

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One start of the window in a JVM of its own, on a data file a first start filled: the times from the JVM's
 * start to its main method, to the JavaFX toolkit running, to the window shown and to its first and all rows
 * (from the kept copy). The same window classes as the app ({@code MainWindow} over {@code MainViewModel} and
 * the account's {@code PropertySync} with its kept copy); the account's opening (keychain, lock, outbox worker)
 * is not part of it. {@code StartRun fill ROWS FOLDER} makes the data file; {@code StartRun start ROWS FOLDER}
 * prints one line of figures: ms since the JVM started, then MiB resident with every row shown, live heap after
 * a full GC, and resident again after 3 s idle.
 */
public final class StartRun {
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
        Database database = Database.open(folder.resolve("outbox.db"), AppSchema.current());
        // the fake server's rows are made at its first request (the check for changes, in the background): in
        // the app they are on the server, so making them must not delay the window
        PropertySync sync = new PropertySync(new PropertyPager(new LaterApi(rows), pause -> { }),
                PropertyPager.LARGEST_ASK, new PropertyCache(database, Clock.systemUTC()));
        Platform.runLater(() -> {
            MainViewModel vm = new MainViewModel(sync,
                    new PropertyLoader(BackgroundTasks.onFxThread(pool)), FilterExecution.app(pool),
                    new AccountLabel(Endpoint.parse("http://127.0.0.1:9"), false), Locale.US);
            MainWindow window = new MainWindow(vm, new InMemoryWindowStateStore());
            window.table().getItems().addListener((ListChangeListener<ProfileProperty>) change -> {
                int shown = window.table().getItems().size();
                if (at[1] == 0 && shown > 0) at[1] = System.currentTimeMillis();
                if (at[2] == 0 && shown == rows) {
                    at[2] = System.currentTimeMillis();
                    all.countDown();
                }
            });
            Stage stage = new Stage();
            stage.setOnShown(event -> at[0] = System.currentTimeMillis());
            window.show(stage);
        });
        if (!all.await(300, TimeUnit.SECONDS)) throw new IllegalStateException("the kept rows never all showed");
        long rss = WindowRun.residentBytes();
        long live = WindowRun.liveHeapBytes();
        Thread.sleep(3000); // idle: a collector that gives memory back has done so by now
        System.out.printf(Locale.US, "  start %d %d %d %d %d %d %d %d %d%n", rows, main(jvmStart, mainMillis),
                toolkitUp - jvmStart, at[0] - jvmStart, at[1] - jvmStart, at[2] - jvmStart, rss >> 20, live >> 20,
                WindowRun.residentBytes() >> 20);
        database.close();
    }

    private static long main(long jvmStart, long mainMillis) {
        return mainMillis - jvmStart;
    }

    /** {@link FakePropertyApi} over {@code rows} sample rows, made at the first call. */
    private static final class LaterApi implements PropertyApi {
        private final int rows;
        private FakePropertyApi api;

        LaterApi(int rows) {
            this.rows = rows;
        }

        private synchronized FakePropertyApi api() {
            if (api == null) api = new FakePropertyApi(FakePropertyApi.sample(rows));
            return api;
        }

        @Override
        public PropertyPage list(ListQuery query) throws HoodApiException, InterruptedException {
            return api().list(query);
        }

        @Override
        public RateLimitHeaders patch(String id, Map<UpdatableField, String> changes)
                throws HoodApiException, InterruptedException {
            return api().patch(id, changes);
        }

        @Override
        public Optional<ProfileProperty> create(NewProperty property) throws HoodApiException, InterruptedException {
            return api().create(property);
        }
    }

    private static PropertySync sync(Database database, int rows) {
        List<ProfileProperty> sample = FakePropertyApi.sample(rows);
        return new PropertySync(new PropertyPager(new FakePropertyApi(sample), pause -> { }), PropertyPager.LARGEST_ASK,
                new PropertyCache(database, Clock.systemUTC()));
    }
}
