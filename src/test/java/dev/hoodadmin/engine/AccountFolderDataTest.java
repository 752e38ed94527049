package dev.hoodadmin.engine;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.api.Filter;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditResult;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.RetryPolicy;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import dev.hoodadmin.ui.FakePropertyApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the account menu reads and deletes of an account that is not open: its unsent edits and its folder. */
class AccountFolderDataTest {
    private static final String TOKEN = "folder-test-token-7c2";
    private static final List<ProfileProperty> PROPERTIES = FakePropertyApi.sample(3); // 1 and 2 are custom

    @TempDir
    Path accounts;

    @Test
    void countsTheEditsThatNeverReachedTheServerNotTheAppliedOnes() throws Exception {
        Path folder = accounts.resolve("sandbox-00a1b2");
        try (HoodSimulator sim = HoodSimulator.start(SimulatorConfig.builder(TOKEN).rateLimitsEnabled(false).build());
             AccountWorkspace workspace = AccountWorkspace.open(folder, new Endpoint(sim.baseUri()), ApiToken.of(TOKEN),
                     WorkspaceOptions.standard().withGates(() -> RequestGate.UNLIMITED)
                             .withRetryPolicy(new RetryPolicy(Duration.ofMillis(10), Duration.ofMillis(10), 1, 0, new Random(1))))) {
            List<ProfileProperty> custom = workspace.client().list(ListQuery.all().withPage(1, 10)
                    .withFilter(Filter.eq("system", "0"))).items();
            queue(workspace, custom.get(0), "applied");
            workspace.worker().start();
            assertThat(workspace.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);
            sim.faults().failNextPatches(1); // with one attempt allowed, the edit is FAILED
            queue(workspace, custom.get(1), "failed");
            assertThat(workspace.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);
            workspace.worker().stop();
            queue(workspace, custom.get(2), "waiting");
            queue(workspace, custom.get(3), "waiting too");

            assertThat(workspace.outbox().list()).extracting(Edit::state)
                    .containsExactlyInAnyOrder(EditState.APPLIED, EditState.FAILED, EditState.PENDING, EditState.PENDING);
            assertThat(AccountWorkspace.unsent(workspace.outbox())).isEqualTo(3);
            assertThat(AccountWorkspace.unsentEdits(folder)).as("open here: ask its outbox").isEmpty();
        }

        assertThat(AccountWorkspace.unsentEdits(folder)).isEqualTo(OptionalInt.of(3));
        assertThat(AccountWorkspace.unsentEdits(accounts.resolve("never-opened"))).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void deletesTheFolderWithItsDataFileButNotWhileTheAccountIsOpen() throws Exception {
        Path folder = accounts.resolve("sandbox-00a1b2");
        try (AccountWorkspace workspace = open(folder)) {
            queue(workspace, PROPERTIES.get(1), "waiting");
            assertThatThrownBy(() -> AccountWorkspace.deleteFolder(folder)).isInstanceOf(AccountInUseException.class);
            assertThat(folder.resolve(AccountWorkspace.DATA_FILE)).exists();
        }

        AccountWorkspace.deleteFolder(folder);

        assertThat(folder).doesNotExist();
        assertThat(accounts).exists();
        AccountWorkspace.deleteFolder(folder); // already gone: nothing to do
    }

    private static AccountWorkspace open(Path folder) throws Exception {
        // nothing is sent (the worker is not started), so no server is needed
        return AccountWorkspace.open(folder, Endpoint.parse("http://127.0.0.1:9"), ApiToken.of(TOKEN),
                WorkspaceOptions.standard().withGates(() -> RequestGate.UNLIMITED));
    }

    private static Edit queue(AccountWorkspace workspace, ProfileProperty property, String example) throws Exception {
        EditResult result = workspace.outbox().enqueue(property, Map.of(UpdatableField.EXAMPLE, example));
        return ((EditResult.Queued) result).edit();
    }
}
