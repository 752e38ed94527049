package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.engine.PropertySync;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.PropertyCache;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.QueuedExecutor;
import javafx.collections.ListChangeListener;
import dev.hoodadmin.ui.find.FilterExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/** The view model without a scene: background work is queued or run in place, results arrive in place. */
class MainViewModelTest {
    private static final Executor IN_PLACE = Runnable::run;
    private static final ApiError TOKEN_REFUSED =
            new ApiError(ApiErrorKind.UNAUTHORIZED, 401, "Unauthorized", "Token expired.", "trace-401-abc", null);

    private static MainViewModel viewModel(PropertyApi api, Executor background, boolean demo) {
        return TestWindows.viewModel(api, 100, background, IN_PLACE, FilterExecution.inPlace(), demo);
    }

    @Test
    void reloadFillsRowsPageByPageAndReportsProgressAndCount() {
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(250));
        MainViewModel vm = viewModel(api, IN_PLACE, false);
        List<String> progressTexts = new ArrayList<>();
        List<Integer> rowCounts = new ArrayList<>();
        vm.status().progressTextProperty().addListener((obs, old, text) -> progressTexts.add(text));
        vm.properties().addListener((ListChangeListener<Object>) c -> rowCounts.add(vm.properties().size()));

        vm.reload();

        assertThat(progressTexts).containsExactly("Loading properties…", "Loaded 100 of 250", "Loaded 200 of 250",
                "Loaded 250 of 250", "");
        assertThat(rowCounts).containsExactly(100, 200, 250);
        assertThat(vm.properties()).extracting(p -> p.id()).startsWith("1000", "1001").endsWith("1249");
        assertThat(vm.propertyCountTextProperty().get()).isEqualTo("250 properties");
        assertThat(vm.status().loadingProperty().get()).isFalse();
        assertThat(vm.status().loadErrorProperty().get()).isNull();
    }

    @Test
    void aSecondStartShowsTheFirstKeptRowsBeforeTheRestOfTheCopy(@TempDir Path folder) {
        int kept = PropertySync.FIRST_KEPT_ROWS + 100;
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(kept));
        try (Database database = Database.open(folder.resolve("outbox.db"), AppSchema.current())) {
            viewModelKeeping(api, database).reload(); // the first start reads everything and keeps it
            MainViewModel second = viewModelKeeping(api, database);
            List<Integer> rowCounts = new ArrayList<>();
            List<String> counts = new ArrayList<>();
            second.properties().addListener((ListChangeListener<Object>) c -> {
                rowCounts.add(second.properties().size());
                counts.add(second.propertyCountTextProperty().get());
            });

            second.reload();

            assertThat(rowCounts).containsExactly(PropertySync.FIRST_KEPT_ROWS, kept);
            assertThat(counts.get(0)).startsWith("500 properties (from this computer");
            assertThat(second.properties()).extracting(p -> p.id()).startsWith("1000").endsWith("1599")
                    .doesNotHaveDuplicates();
            assertThat(second.propertyCountTextProperty().get()).isEqualTo("600 properties");
        }
    }

    private static MainViewModel viewModelKeeping(PropertyApi api, Database database) {
        PropertySync sync = new PropertySync(new PropertyPager(api, pause -> { }), 100,
                new PropertyCache(database, Clock.systemUTC()));
        return new MainViewModel(sync, new PropertyLoader(BackgroundTasks.of(IN_PLACE, IN_PLACE)),
                FilterExecution.inPlace(), new AccountLabel(Endpoint.parse(TestWindows.ENDPOINT), false), Locale.US);
    }

    @Test
    void loadRunsOnTheBackgroundExecutorNotInReload() {
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(30));
        QueuedExecutor background = new QueuedExecutor();
        MainViewModel vm = viewModel(api, background, false);

        vm.reload();

        assertThat(api.requestedPages()).isEmpty();
        assertThat(vm.status().loadingProperty().get()).isTrue();
        assertThat(vm.status().progressProperty().get()).isEqualTo(-1.0);
        background.runAll();
        assertThat(vm.properties()).hasSize(30);
        assertThat(vm.status().loadingProperty().get()).isFalse();
    }

    @Test
    void reloadWhileLoadingDoesNotStartASecondLoad() {
        QueuedExecutor background = new QueuedExecutor();
        MainViewModel vm = viewModel(new FakePropertyApi(FakePropertyApi.sample(30)), background, false);

        vm.reload();
        vm.reload();

        assertThat(background.pending()).isEqualTo(1);
    }

    @Test
    void failureKeepsRowsLoadedSoFarAndShowsMessageAndTraceId() {
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(250)).failOnPage(2, TOKEN_REFUSED);
        MainViewModel vm = viewModel(api, IN_PLACE, false);

        vm.reload();

        LoadError error = vm.status().loadErrorProperty().get();
        assertThat(error.headline()).isEqualTo("Could not load properties");
        assertThat(error.detail()).startsWith("401 Unauthorized: Token expired.").contains("HOOD_API_TOKEN");
        assertThat(error.traceId()).isEqualTo("trace-401-abc");
        assertThat(vm.properties()).hasSize(100);
        assertThat(vm.propertyCountTextProperty().get()).isEqualTo("100 properties");
        assertThat(vm.status().loadingProperty().get()).isFalse();
        assertThat(vm.status().progressTextProperty().get()).isEmpty();
    }

    @Test
    void transientFailuresAreRetriedBeforeTheyAreShown() {
        ApiError busy = new ApiError(ApiErrorKind.SERVER_ERROR, 503, "Service unavailable", null, "t-503", null);
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(150)).failOnPage(2, busy);
        MainViewModel vm = viewModel(api, IN_PLACE, false);

        vm.reload();

        assertThat(api.requestedPages()).containsExactly(1, 2, 2, 2, 2, 2, 2);
        assertThat(vm.status().loadErrorProperty().get().detail()).startsWith("503 Service unavailable.");
    }

    @Test
    void reloadAfterAFailureClearsTheErrorAndStartsAgainFromEmpty() {
        QueuedExecutor background = new QueuedExecutor();
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(250)).failOnPage(3, TOKEN_REFUSED);
        MainViewModel vm = viewModel(api, background, false);
        vm.reload();
        background.runAll();
        assertThat(vm.status().loadErrorProperty().get()).isNotNull();

        vm.reload();

        assertThat(vm.status().loadErrorProperty().get()).isNull();
        assertThat(vm.properties()).isEmpty();
        assertThat(vm.status().loadingProperty().get()).isTrue();
    }

    @Test
    void cancelledLoadReportsNothingMore() {
        QueuedExecutor background = new QueuedExecutor();
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(30));
        MainViewModel vm = viewModel(api, background, false);
        vm.reload();

        vm.cancel();
        background.runAll();

        assertThat(vm.properties()).isEmpty();
        assertThat(vm.status().loadingProperty().get()).isFalse();
    }

    @Test
    void dismissErrorHidesIt() {
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(10)).failOnPage(1, TOKEN_REFUSED);
        MainViewModel vm = viewModel(api, IN_PLACE, false);
        vm.reload();

        vm.status().dismissError();

        assertThat(vm.status().loadErrorProperty().get()).isNull();
    }

    @Test
    void countIsSingularForOneProperty() {
        MainViewModel vm = viewModel(new FakePropertyApi(FakePropertyApi.sample(1)), IN_PLACE, false);
        assertThat(vm.propertyCountTextProperty().get()).isEqualTo("0 properties");

        vm.reload();

        assertThat(vm.propertyCountTextProperty().get()).isEqualTo("1 property");
    }

    @Test
    void largeCountsAreGroupedForTheLocale() {
        MainViewModel vm = viewModel(new FakePropertyApi(FakePropertyApi.sample(1234)), IN_PLACE, false);

        vm.reload();

        assertThat(vm.propertyCountTextProperty().get()).isEqualTo("1,234 properties");
    }

    @Test
    void statusTextsSayWhichApiAndWhetherItIsTheDemo() {
        MainViewModel demo = viewModel(new FakePropertyApi(List.of()), IN_PLACE, true);
        MainViewModel live = viewModel(new FakePropertyApi(List.of()), IN_PLACE, false);

        assertThat(demo.account().endpointText()).isEqualTo(TestWindows.ENDPOINT);
        assertThat(demo.account().isDemo()).isTrue();
        assertThat(demo.account().modeText()).startsWith("Demo");
        assertThat(demo.account().demoBannerText()).isEqualTo("Demo mode — showing sample data from the built-in simulator. "
                + "To work on your account, sign in with the account menu in the status bar (or set HOOD_API_TOKEN).");
        assertThat(live.account().isDemo()).isFalse();
        assertThat(live.account().modeText()).isEqualTo("Live");
    }
}
