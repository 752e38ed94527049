package dev.hoodadmin.ui.main;

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
import org.junit.jupiter.api.Test;

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

    private static MainViewModel viewModel(PropertyApi api, Executor network, InMemoryPropertyCache cache,
                                           Executor disk) {
        PropertyLoader loader = new PropertyLoader(new PropertyPager(api, duration -> { }), 100, network, IN_PLACE);
        return new MainViewModel(loader, FilterExecution.inPlace(), Endpoint.parse("http://localhost:9"), false,
                Locale.US, new LocalCopy(cache, disk, IN_PLACE));
    }

    private static List<String> ids(List<ProfileProperty> rows) {
        return rows.stream().map(ProfileProperty::id).toList();
    }

    @Test
    void withNothingKeptTheWindowReadsEverythingAndKeepsItOffTheCallingThread() {
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(250));
        InMemoryPropertyCache cache = new InMemoryPropertyCache(List.of());
        QueuedExecutor network = new QueuedExecutor();
        QueuedExecutor disk = new QueuedExecutor();
        MainViewModel vm = viewModel(api, network, cache, disk);

        vm.reload();
        assertThat(vm.progressTextProperty().get()).isEqualTo(MainViewModel.READING_LOCAL_COPY);
        disk.runAll(); // nothing kept: a full read
        network.runAll();

        assertThat(api.requestedPages()).containsExactly(1, 2, 3);
        assertThat(vm.propertyCountTextProperty().get()).isEqualTo("250 properties");
        assertThat(cache.rows()).isEmpty(); // the rows wait for the disk
        disk.runAll();
        assertThat(cache.rows()).containsExactlyElementsOf(vm.properties());
    }

    @Test
    void keptRowsShowAtOnceMarkedAsFromThisComputerUntilTheServerSaysWhatChanged() {
        List<ProfileProperty> kept = FakePropertyApi.sample(250);
        RecordingApi api = new RecordingApi(new FakePropertyApi(kept));
        QueuedExecutor network = new QueuedExecutor();
        MainViewModel vm = viewModel(api, network, new InMemoryPropertyCache(kept), IN_PLACE);

        vm.reload();

        assertThat(vm.properties()).containsExactlyElementsOf(kept);
        assertThat(vm.propertyCountTextProperty().get())
                .isEqualTo("250 properties (from this computer, checking for changes…)");
        assertThat(vm.progressTextProperty().get()).isEqualTo(MainViewModel.CHECKING);
        assertThat(api.listQueries()).isEmpty();

        network.runAll();

        // the fake ignores the filter and answers with every row: 3 pages, all of them merged harmlessly
        assertThat(api.listQueries()).first()
                .isEqualTo("page=1,100&sort=update_time&update_time=gte:2024-02-28%2012:00:00");
        assertThat(api.listQueries()).allMatch(query -> query.contains("update_time=gte:"));
        assertThat(vm.propertyCountTextProperty().get()).isEqualTo("250 properties");
        assertThat(vm.refreshTextProperty().get()).isEqualTo("No changes since the last read");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void whenTheServerCannotBeAskedTheKeptRowsStayAndSaySo() {
        List<ProfileProperty> kept = FakePropertyApi.sample(250);
        FakePropertyApi server = new FakePropertyApi(kept).failOnPage(1, UNAVAILABLE);
        RecordingApi api = new RecordingApi(server);
        MainViewModel vm = viewModel(api, IN_PLACE, new InMemoryPropertyCache(kept), IN_PLACE);

        vm.reload();

        assertThat(vm.properties()).hasSize(250);
        assertThat(vm.loadErrorProperty().get()).isNotNull();
        assertThat(vm.propertyCountTextProperty().get())
                .isEqualTo("250 properties (from this computer, not checked for changes)");

        server.clearFailures();
        api.forget();
        vm.refresh();

        assertThat(api.listQueries()).isNotEmpty().allMatch(query -> query.contains("update_time=gte:"));
        assertThat(vm.propertyCountTextProperty().get()).isEqualTo("250 properties");
        assertThat(vm.loadErrorProperty().get()).isNull();
    }

    @Test
    void reloadAllReadsEverythingAndDropsKeptRowsTheServerNoLongerHas() {
        InMemoryPropertyCache cache = new InMemoryPropertyCache(FakePropertyApi.sample(40));
        RecordingApi api = new RecordingApi(new FakePropertyApi(FakePropertyApi.sample(30)));
        MainViewModel vm = viewModel(api, IN_PLACE, cache, IN_PLACE);
        vm.reload();
        assertThat(vm.properties()).hasSize(40);

        api.forget();
        vm.reload();

        assertThat(api.listQueries()).containsExactly("page=1,100");
        assertThat(vm.properties()).hasSize(30);
        assertThat(ids(cache.rows())).containsExactlyElementsOf(ids(FakePropertyApi.sample(30)));
    }

    @Test
    void rowsChangedByARefreshOrAnAppliedEditAreKept() {
        List<ProfileProperty> kept = FakePropertyApi.sample(30);
        List<ProfileProperty> onServer = new ArrayList<>(kept);
        ProfileProperty changed = kept.get(5).with(UpdatableField.EXAMPLE, "changed on the server");
        onServer.set(5, changed);
        InMemoryPropertyCache cache = new InMemoryPropertyCache(kept);
        MainViewModel vm = viewModel(new FakePropertyApi(onServer), IN_PLACE, cache, IN_PLACE);

        vm.reload();

        assertThat(vm.refreshTextProperty().get()).isEqualTo("1 property updated");
        assertThat(cache.rows().get(5)).isEqualTo(changed);

        ProfileProperty edited = kept.get(7).with(UpdatableField.DESCRIPTION, "applied edit");
        vm.replaceProperty(edited);
        vm.replaceProperty(FakePropertyApi.sample(99).get(98)); // not loaded: neither shown nor kept

        assertThat(cache.rows()).hasSize(30);
        assertThat(cache.rows().get(7)).isEqualTo(edited);
        assertThat(cache.rows().get(5)).isEqualTo(changed);
    }

    @Test
    void anUnreadableCopyMeansAFullReadNotAFailedStart() {
        InMemoryPropertyCache cache = new InMemoryPropertyCache(FakePropertyApi.sample(10));
        cache.failReads(new IllegalStateException("the data file is damaged"));
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(30));
        MainViewModel vm = viewModel(api, IN_PLACE, cache, IN_PLACE);

        vm.reload();

        assertThat(api.requestedPages()).containsExactly(1);
        assertThat(vm.properties()).hasSize(30);
        assertThat(vm.propertyCountTextProperty().get()).isEqualTo("30 properties");
        assertThat(vm.loadErrorProperty().get()).isNull();
    }

    @Test
    void closingTheWindowWhileTheCopyIsReadShowsNothingAndAsksTheServerNothing() {
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(30));
        QueuedExecutor disk = new QueuedExecutor();
        MainViewModel vm = viewModel(api, IN_PLACE, new InMemoryPropertyCache(FakePropertyApi.sample(30)), disk);
        vm.reload();
        assertThat(vm.loadingProperty().get()).isTrue();

        vm.cancel();
        disk.runAll();

        assertThat(vm.properties()).isEmpty();
        assertThat(api.requestedPages()).isEmpty();
        assertThat(vm.loadingProperty().get()).isFalse();
    }
}
