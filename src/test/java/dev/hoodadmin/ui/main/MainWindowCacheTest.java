package dev.hoodadmin.ui.main;

import dev.hoodadmin.ui.FxRobotExtension;
import java.util.Optional;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.testing.TestClock;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPage;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.engine.PropertySync;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ratelimit.RateLimitHeaders;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.PropertyCache;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import dev.hoodadmin.ui.find.FilterExecution;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two starts of the window on one account against the embedded simulator, with the account's real data file:
 * the first reads every page and keeps the rows; the second shows them at once and asks only what changed.
 */
@ExtendWith(FxRobotExtension.class)
class MainWindowCacheTest {
    private static final String TOKEN = "window-cache-token";

    private final TestClock clock = TestClock.manual(Instant.parse("2026-03-01T10:00:00Z"));
    private final HoodSimulator sim = HoodSimulator.start(
            SimulatorConfig.builder(TOKEN).rateLimitsEnabled(false).clock(clock).build());
    private final HoodClient client = HoodClient.create(new Endpoint(sim.baseUri()), ApiToken.of(TOKEN), RequestGate.UNLIMITED);
    private final ExecutorService background = TestWindows.backgroundExecutor();
    @TempDir
    Path folder;
    private Database database;

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        background.awaitTermination(5, TimeUnit.SECONDS);
        if (database != null) database.close();
        sim.close();
    }

    /** Opens the account's data file as a new start of the app would. */
    private PropertyCache openCache() {
        if (database != null) database.close();
        database = Database.open(folder.resolve("outbox.db"), AppSchema.current());
        return new PropertyCache(database, Clock.systemUTC());
    }

    private Stage openWindow(FxRobot robot, PropertyApi api, PropertyCache cache) {
        MainViewModel vm = new MainViewModel(new PropertySync(new PropertyPager(api, duration -> { }), 100, cache),
                new PropertyLoader(BackgroundTasks.of(background, Platform::runLater)), FilterExecution.inPlace(),
                new AccountLabel(new Endpoint(sim.baseUri()), false), Locale.US);
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            new MainWindow(vm, new InMemoryWindowStateStore()).show(stage[0]);
        });
        return stage[0];
    }

    @Test
    void theSecondStartShowsTheKeptRowsAtOnceAndReadsOnlyWhatChanged(FxRobot robot) throws Exception {
        PropertyCache firstCache = openCache();
        Stage first = openWindow(robot, client, firstCache);
        Label count = robot.lookup("#propertyCountLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "300 properties".equals(count.getText()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstCache.loadAll().size() == 300);
        assertThat(sim.stats().count("GET", 200)).as("a full read: 3 pages of 100").isEqualTo(3);
        TableView<ProfileProperty> firstTable = robot.lookup("#propertyTable").queryTableView();
        List<ProfileProperty> firstRows = List.copyOf(firstTable.getItems());
        String newest = firstRows.stream().map(ProfileProperty::updateTime).filter(java.util.Objects::nonNull).max(String::compareTo).orElseThrow();
        robot.interact(first::close);

        ProfileProperty changed = firstRows.stream().filter(p -> !p.isSystem()).skip(4).findFirst().orElseThrow();
        clock.advance(Duration.ofHours(3));
        client.patch(changed.id(), Map.of(UpdatableField.EXAMPLE, "changed while the app was closed"));
        sim.stats().reset();

        HeldApi held = new HeldApi(client);
        PropertyCache secondCache = openCache();
        openWindow(robot, held, secondCache);
        Label secondCount = robot.lookup("#propertyCountLabel").queryAs(Label.class);
        TableView<ProfileProperty> table = robot.lookup("#propertyTable").queryTableView();

        // before the server has answered anything, the kept rows are on screen
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> held.asked.getCount() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).containsExactlyInAnyOrderElementsOf(firstRows);
        assertThat(secondCount.getText()).isEqualTo("300 properties (from this computer, checking for changes…)");
        held.answer.countDown();

        Label result = robot.lookup("#refreshResultLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "1 property updated".equals(result.getText()));
        assertThat(secondCount.getText()).isEqualTo("300 properties");
        assertThat(sim.stats().count("GET", 200)).as("what changed since the kept rows, and the total").isEqualTo(2);
        assertThat(held.queries).first().asString().contains("update_time=gte:" + newest.replace(" ", "%20"));
        assertThat(held.queries).last().isEqualTo("page=1,1&fields=id");
        assertThat(table.getItems()).hasSize(300).filteredOn(p -> p.id().equals(changed.id())).singleElement()
                .satisfies(p -> assertThat(p.example()).isEqualTo("changed while the app was closed"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> secondCache.loadAll().stream()
                .anyMatch(p -> p.id().equals(changed.id()) && "changed while the app was closed".equals(p.example())));
    }

    /** Holds every list request until the test lets it through, and remembers what was asked. */
    private static final class HeldApi implements PropertyApi {
        private final PropertyApi delegate;
        private final CountDownLatch asked = new CountDownLatch(1);
        private final CountDownLatch answer = new CountDownLatch(1);
        private final List<String> queries = new java.util.concurrent.CopyOnWriteArrayList<>();

        HeldApi(PropertyApi delegate) {
            this.delegate = delegate;
        }

        @Override
        public PropertyPage list(ListQuery query) throws HoodApiException, InterruptedException {
            queries.add(query.toQueryString());
            asked.countDown();
            if (!answer.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("the test never let the request through");
            return delegate.list(query);
        }

        @Override
        public Optional<ProfileProperty> create(NewProperty property) throws HoodApiException, InterruptedException {
            return delegate.create(property);
        }

        @Override
        public RateLimitHeaders patch(String id, Map<UpdatableField, String> changes)
                throws HoodApiException, InterruptedException {
            return delegate.patch(id, changes);
        }
    }
}
