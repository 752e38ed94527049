package dev.hoodadmin.ui.main;

import dev.hoodadmin.testing.TestClock;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.find.FilterExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/** Refresh against the real embedded simulator over loopback HTTP; every step runs in place. */
class MainViewModelRefreshTest {
    private static final Executor IN_PLACE = Runnable::run;
    private static final String TOKEN = "refresh-test-token";

    private final TestClock clock = TestClock.manual(Instant.parse("2026-03-01T10:00:00Z"));
    private HoodSimulator sim;
    private HoodClient client;

    private MainViewModel viewModel(RecordingApi api) {
        return TestWindows.viewModel(api, 100, IN_PLACE, IN_PLACE, FilterExecution.inPlace(), false);
    }

    private RecordingApi simulatorApi() {
        sim = HoodSimulator.start(SimulatorConfig.builder(TOKEN).rateLimitsEnabled(false).clock(clock).build());
        client = HoodClient.create(new Endpoint(sim.baseUri()), ApiToken.of(TOKEN), RequestGate.UNLIMITED);
        return new RecordingApi(client);
    }

    @AfterEach
    void stop() {
        if (sim != null) sim.close();
    }

    @Test
    void refreshReadsOnlyRowsChangedSinceTheNewestUpdateTimeAndPutsThemInPlace() throws Exception {
        RecordingApi api = simulatorApi();
        MainViewModel vm = viewModel(api);
        vm.reload();
        List<ProfileProperty> before = new ArrayList<>(vm.properties());
        String newest = before.stream().map(ProfileProperty::updateTime).filter(java.util.Objects::nonNull).max(String::compareTo).orElseThrow();
        ProfileProperty target = before.stream().filter(p -> !p.isSystem()).skip(7).findFirst().orElseThrow();
        int position = before.indexOf(target);

        clock.advance(Duration.ofDays(1));
        client.patch(target.id(), Map.of(UpdatableField.EXAMPLE, "changed elsewhere"));
        api.forget();
        vm.refresh();

        // what changed since the newest row seen, then one row to compare the server's total (no deletions)
        assertThat(api.listQueries()).containsExactly(
                "page=1,100&sort=update_time&update_time=gte:" + newest.replace(" ", "%20"), "page=1,1&fields=id");
        ProfileProperty updated = vm.properties().get(position);
        assertThat(updated.id()).isEqualTo(target.id());
        assertThat(updated.example()).isEqualTo("changed elsewhere");
        assertThat(updated.updateTime()).isEqualTo("2026-03-02 10:00:00");
        for (int i = 0; i < before.size(); i++) {
            if (i != position) assertThat(vm.properties().get(i)).as("row %d untouched", i).isSameAs(before.get(i));
        }
        assertThat(vm.properties()).hasSize(before.size());
        assertThat(vm.status().refreshTextProperty().get()).isEqualTo("1 property updated");

        // the next refresh starts from the patched row's time
        api.forget();
        vm.refresh();
        assertThat(api.listQueries()).containsExactly("page=1,100&sort=update_time&update_time=gte:2026-03-02%2010:00:00",
                "page=1,1&fields=id");
        assertThat(vm.status().refreshTextProperty().get()).isEqualTo("No changes since the last read");
    }

    @Test
    void refreshWithoutACompleteReadReloadsEverything() {
        RecordingApi api = new RecordingApi(new FakePropertyApi(FakePropertyApi.sample(150))
                .failOnPage(2, new dev.hoodadmin.api.ApiError(dev.hoodadmin.api.ApiErrorKind.BAD_REQUEST, 400,
                        "Bad request.", null, "t-1", null)));
        MainViewModel vm = viewModel(api);
        vm.reload();
        assertThat(vm.status().loadErrorProperty().get()).isNotNull();

        api.forget();
        vm.refresh();

        assertThat(api.listQueries()).first().isEqualTo("page=1,100");
    }

    @Test
    void refreshBeforeAnyLoadIsAFullLoad() {
        RecordingApi api = new RecordingApi(new FakePropertyApi(FakePropertyApi.sample(30)));
        MainViewModel vm = viewModel(api);

        vm.refresh();

        assertThat(api.listQueries()).containsExactly("page=1,100");
        assertThat(vm.properties()).hasSize(30);
    }
}
