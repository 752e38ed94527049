package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.WorkspaceOptions;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.find.FilterExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's cold load through the account's workspace, against the simulator serving at most 100 or 1,000 rows
 * a page: it learns the server's largest page from the first answer and needs no more requests than the optimum.
 */
class LearnedPageSizeTest {
    private static final String TOKEN = "page-size-test-token";
    @TempDir
    Path folder;

    private static HoodSimulator simulator(int properties, int maxPage) {
        return HoodSimulator.start(SimulatorConfig.builder(TOKEN).properties(properties).rateLimitsEnabled(false)
                .maxInFlight(0).pageSizes(20, maxPage).build());
    }

    private AccountWorkspace open(HoodSimulator sim) throws Exception {
        return AccountWorkspace.open(folder, new Endpoint(sim.baseUri()), ApiToken.of(TOKEN),
                WorkspaceOptions.standard().withGates(() -> RequestGate.UNLIMITED));
    }

    /** Opens the window's view model on the account and loads as the window's first start does. */
    private static MainViewModel coldLoad(AccountWorkspace account) {
        MainViewModel vm = new MainViewModel(account.properties(), new PropertyLoader(BackgroundTasks.sameThread()),
                FilterExecution.inPlace(), new AccountLabel(account.endpoint(), false), Locale.US);
        vm.reload();
        return vm;
    }

    private static long reads(HoodSimulator sim) {
        return sim.stats().count("GET", 200);
    }

    @Test
    void aColdLoadOf100kAtAServerMaximumOf1000TakesExactly100Requests() throws Exception {
        try (HoodSimulator sim = simulator(100_000, 1_000); AccountWorkspace account = open(sim)) {
            MainViewModel vm = coldLoad(account);

            assertThat(vm.status().loadErrorProperty().get()).isNull();
            assertThat(vm.properties()).hasSize(100_000);
            assertThat(reads(sim)).isEqualTo(100);
        }
    }

    @Test
    void atAServerMaximumOf100TheLoadTakesTheOptimumAndTheNextSessionKnows100() throws Exception {
        try (HoodSimulator sim = simulator(10_000, 100)) {
            try (AccountWorkspace account = open(sim)) {
                assertThat(coldLoad(account).properties()).hasSize(10_000);
                assertThat(reads(sim)).isEqualTo(100);
            }
            try (AccountWorkspace again = open(sim)) {
                assertThat(again.pager().serverMaximum()).as("kept in the account's data file").hasValue(100);
            }
        }
    }
}
