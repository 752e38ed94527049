package dev.hoodadmin.ui.main;

import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.QueuedExecutor;
import dev.hoodadmin.ui.find.FilterExecution;
import dev.hoodadmin.engine.PropertySync;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows kept on this computer, without a scene: network and disk work queued or run in place. */
class MainViewModelCacheTest {
    private static final Executor IN_PLACE = Runnable::run;
    private static final ApiError UNAVAILABLE =
            new ApiError(ApiErrorKind.SERVER_ERROR, 503, "Service unavailable", "Try later.", "trace-503", null);

    @TempDir
    Path folder;

    private static MainViewModel viewModel(PropertyApi api, Executor background, KeptCopy copy) {
        return new MainViewModel(new PropertySync(new PropertyPager(api, duration -> { }), 100, copy.cache),
                new PropertyLoader(BackgroundTasks.of(background, IN_PLACE)), FilterExecution.inPlace(), new AccountLabel(Endpoint.parse("http://localhost:9"), false), Locale.US);
    }

    private KeptCopy kept(List<ProfileProperty> rows) {
        return new KeptCopy(folder, rows);
    }

    private static List<String> ids(List<ProfileProperty> rows) {
        return rows.stream().map(ProfileProperty::id).toList();
    }

    @Test
    void withNothingKeptTheWindowReadsEverythingAndKeepsItOffTheCallingThread() {
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(250));
        KeptCopy cache = kept(List.of());
        QueuedExecutor background = new QueuedExecutor();
        MainViewModel vm = viewModel(api, background, cache);

        vm.reload();
        assertThat(vm.status().progressTextProperty().get()).isEqualTo("Opening the copy on this computer…");
        assertThat(background.pending()).isOne();
        background.runAll(); // nothing kept: then a full read, also in the background

        assertThat(api.requestedPages()).containsExactly(1, 2, 3);
        assertThat(vm.propertyCountTextProperty().get()).isEqualTo("250 properties");
        assertThat(cache.rows()).containsExactlyElementsOf(vm.properties());
    }

    @Test
    void keptRowsShowAtOnceMarkedAsFromThisComputerUntilTheServerSaysWhatChanged() {
        List<ProfileProperty> kept = FakePropertyApi.sample(250);
        RecordingApi api = new RecordingApi(new FakePropertyApi(kept));
        QueuedExecutor network = new QueuedExecutor();
        MainViewModel vm = viewModel(api, network, kept(kept));

        vm.reload();
        network.runNext(); // the kept copy is read off the calling thread and shown at once

        assertThat(vm.properties()).containsExactlyElementsOf(kept);
        assertThat(vm.propertyCountTextProperty().get())
                .isEqualTo("250 properties (from this computer, checking for changes…)");
        assertThat(vm.status().progressTextProperty().get()).isEqualTo("Checking for changes…");
        assertThat(api.listQueries()).isEmpty();

        network.runAll();

        // the fake ignores the filter and answers with every row: 3 pages, all of them merged harmlessly; then
        // one row tells the server's total, which matches the rows known: nothing was deleted
        assertThat(api.listQueries()).first()
                .isEqualTo("page=1,100&sort=update_time&update_time=gte:2024-02-28%2012:00:00");
        assertThat(api.listQueries()).hasSize(4).last().isEqualTo("page=1,1&fields=id");
        assertThat(vm.propertyCountTextProperty().get()).isEqualTo("250 properties");
        assertThat(vm.status().refreshTextProperty().get()).isEqualTo("No changes since the last read");
        assertThat(vm.status().loadingProperty().get()).isFalse();
    }

    @Test
    void whenTheServerCannotBeAskedTheKeptRowsStayAndSaySo() {
        List<ProfileProperty> kept = FakePropertyApi.sample(250);
        FakePropertyApi server = new FakePropertyApi(kept).failOnPage(1, UNAVAILABLE);
        RecordingApi api = new RecordingApi(server);
        MainViewModel vm = viewModel(api, IN_PLACE, kept(kept));

        vm.reload();

        assertThat(vm.properties()).hasSize(250);
        assertThat(vm.status().loadErrorProperty().get()).isNotNull();
        assertThat(vm.propertyCountTextProperty().get())
                .isEqualTo("250 properties (from this computer, not checked for changes)");

        server.clearFailures();
        api.forget();
        vm.refresh();

        assertThat(api.listQueries()).isNotEmpty().first().asString().contains("update_time=gte:");
        assertThat(vm.propertyCountTextProperty().get()).isEqualTo("250 properties");
        assertThat(vm.status().loadErrorProperty().get()).isNull();
    }

    @Test
    void theCheckAfterOpeningDropsKeptRowsTheServerNoLongerHas() {
        List<ProfileProperty> kept = FakePropertyApi.sample(40);
        KeptCopy cache = kept(kept);
        RecordingApi api = new RecordingApi(new FakePropertyApi(kept.subList(0, 30)));
        MainViewModel vm = viewModel(api, IN_PLACE, cache);

        vm.reload();

        // the server's total (30) differs from the rows known (40): the ids are listed to find the missing ones
        assertThat(api.listQueries()).contains("page=1,1&fields=id", "page=1,100&fields=id");
        assertThat(vm.properties()).hasSize(30);
        assertThat(vm.status().refreshTextProperty().get()).isEqualTo("10 properties removed");
        assertThat(ids(cache.rows())).containsExactlyElementsOf(ids(kept.subList(0, 30)));
    }

    @Test
    void reloadAllReadsEverythingAgainAndKeepsIt() {
        KeptCopy cache = kept(FakePropertyApi.sample(30));
        RecordingApi api = new RecordingApi(new FakePropertyApi(FakePropertyApi.sample(30)));
        MainViewModel vm = viewModel(api, IN_PLACE, cache);
        vm.reload();
        assertThat(vm.properties()).hasSize(30);

        api.forget();
        vm.reload();

        assertThat(api.listQueries()).containsExactly("page=1,100");
        assertThat(vm.properties()).hasSize(30);
        assertThat(ids(cache.rows())).containsExactlyElementsOf(ids(FakePropertyApi.sample(30)));
    }

    @Test
    void rowsChangedByARefreshAreKept() {
        List<ProfileProperty> kept = FakePropertyApi.sample(30);
        List<ProfileProperty> onServer = new ArrayList<>(kept);
        ProfileProperty changed = kept.get(5).with(UpdatableField.EXAMPLE, "changed on the server");
        onServer.set(5, changed);
        KeptCopy cache = kept(kept);
        MainViewModel vm = viewModel(new FakePropertyApi(onServer), IN_PLACE, cache);

        vm.reload();

        assertThat(vm.status().refreshTextProperty().get()).isEqualTo("1 property updated");
        assertThat(vm.properties().get(5)).isEqualTo(changed);
        assertThat(cache.rows()).hasSize(30);
        assertThat(cache.rows().get(5)).isEqualTo(changed);
    }

    @Test
    void anUnreadableCopyMeansAFullReadNotAFailedStart() {
        KeptCopy cache = kept(FakePropertyApi.sample(10));
        cache.damage();
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(30));
        MainViewModel vm = viewModel(api, IN_PLACE, cache);

        vm.reload();

        assertThat(api.requestedPages()).containsExactly(1);
        assertThat(vm.properties()).hasSize(30);
        assertThat(vm.propertyCountTextProperty().get()).isEqualTo("30 properties");
        assertThat(vm.status().loadErrorProperty().get()).isNull();
    }

    @Test
    void closingTheWindowWhileTheCopyIsReadShowsNothingAndAsksTheServerNothing() {
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(30));
        QueuedExecutor background = new QueuedExecutor();
        MainViewModel vm = viewModel(api, background, kept(FakePropertyApi.sample(30)));
        vm.reload();
        assertThat(vm.status().loadingProperty().get()).isTrue();

        vm.cancel();
        background.runAll();

        assertThat(vm.properties()).isEmpty();
        assertThat(api.requestedPages()).isEmpty();
        assertThat(vm.status().loadingProperty().get()).isFalse();
    }
}
