package dev.hoodadmin.app;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.Filter;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountSessionTest {
    private final HoodSimulator sim = HoodSimulator.start(SimulatorConfig.builder("t0k").rateLimitsEnabled(false).build());
    private final Endpoint endpoint = new Endpoint(sim.baseUri());
    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        sim.close();
    }

    private AccountSession open() throws Exception {
        return AccountSession.open(folder, endpoint, ApiToken.of("t0k"), false);
    }

    @Test
    void anEditQueuedInTheSessionReachesTheServer() throws Exception {
        try (AccountSession session = open()) {
            ProfileProperty custom = session.client().list(ListQuery.all().withPage(1, 1)
                    .withFilter(Filter.eq("system", "0"))).items().get(0);

            session.outbox().enqueue(custom, Map.of(UpdatableField.EXAMPLE, "from the session"));

            assertThat(session.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);
            assertThat(sim.property(custom.id()).orElseThrow()).containsEntry("example", "from the session");
        }
    }

    @Test
    void aSecondSessionOnTheSameAccountIsRefusedUntilTheFirstCloses() throws Exception {
        try (AccountSession first = open()) {
            assertThatThrownBy(this::open).isInstanceOf(AccountSession.AccountInUseException.class)
                    .hasMessageContaining("already working on this account");
        }
        open().close();
    }

    @Test
    void editsLeftByAClosedSessionAreSentByTheNextOne() throws Exception {
        ProfileProperty custom;
        try (AccountSession first = open()) {
            first.worker().stop(); // as if the app quit before sending
            custom = first.client().list(ListQuery.all().withPage(1, 1).withFilter(Filter.eq("system", "0"))).items().get(0);
            first.outbox().enqueue(custom, Map.of(UpdatableField.DESCRIPTION, "typed before quitting"));
            assertThat(first.outbox().list()).extracting(e -> e.state()).containsExactly(EditState.PENDING);
        }

        try (AccountSession next = open()) {
            assertThat(next.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);
        }
        assertThat(sim.property(custom.id()).orElseThrow()).containsEntry("description", "typed before quitting");
    }
}
