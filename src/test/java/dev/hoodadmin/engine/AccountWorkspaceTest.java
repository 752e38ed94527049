package dev.hoodadmin.engine;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.ratelimit.RequestGate;
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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One account opened for real: loopback simulator, SQLite data file, lock, worker and the kept copy. */
class AccountWorkspaceTest {
    private static final String TOKEN = "session-test-token-5e1d9";
    private final HoodSimulator sim = HoodSimulator.start(SimulatorConfig.builder(TOKEN).rateLimitsEnabled(false).build());
    private final Endpoint endpoint = new Endpoint(sim.baseUri());
    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        sim.close();
    }

    private AccountWorkspace open() throws Exception {
        AccountWorkspace workspace = AccountWorkspace.open(folder, endpoint, ApiToken.of(TOKEN),
                WorkspaceOptions.standard().withGates(() -> RequestGate.UNLIMITED));
        workspace.worker().start();
        return workspace;
    }

    /**
     * The account menu counts each account's unsent edits from a background thread while the window opens one
     * of them (just after signing in): the opening waits for the count instead of calling the account in use.
     */
    @Test
    @Timeout(60)
    void openingWhileTheMenuCountsUnsentEditsNeverSaysTheAccountIsInUse() throws Exception {
        open().close(); // a data file to count
        AtomicBoolean counting = new AtomicBoolean(true);
        AtomicInteger counts = new AtomicInteger();
        AtomicReference<Exception> countFailed = new AtomicReference<>();
        Thread menu = new Thread(() -> {
            while (counting.get() && countFailed.get() == null) {
                try {
                    if (AccountWorkspace.unsentEdits(folder).isPresent()) counts.incrementAndGet();
                } catch (Exception e) {
                    countFailed.set(e);
                }
            }
        });
        menu.start();
        try {
            for (int round = 0; round < 100; round++) open().close();
        } finally {
            counting.set(false);
            menu.join();
        }
        assertThat(countFailed.get()).as("a count failed").isNull();
        assertThat(counts.get()).as("the counts ran meanwhile").isPositive();
    }

    /** The window's import admits staged rows while its worker sends: both must go on, whoever locks first. */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlocked lock() ignores interrupts
    void admittingStagedRowsWhileTheWorkerSendsNeverDeadlocks() throws Exception {
        try (AccountWorkspace session = open()) {
            List<ProfileProperty> custom = session.client().list(ListQuery.all().withPage(1, 300)
                    .withFilter(Filter.eq("system", "0"))).items();
            int rounds = 15;
            int perRound = custom.size() / rounds; // other properties each round: no edit waits on another's value
            for (int round = 0; round < rounds; round++) {
                int r = round;
                session.staged().add(custom.subList(r * perRound, (r + 1) * perRound).stream()
                        .map(p -> new FieldEdit("import.csv", 2, p.id(), UpdatableField.EXAMPLE, "round " + r)).toList());
                session.admission().admitStaged(refusal -> { });
            }
            assertThat(session.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);
            for (int i = 0; i < rounds * perRound; i++) {
                assertThat(sim.property(custom.get(i).id()).orElseThrow()).containsEntry("example", "round " + i / perRound);
            }
        }
    }

    @Test
    void anEditQueuedInTheSessionReachesTheServer() throws Exception {
        try (AccountWorkspace session = open()) {
            ProfileProperty custom = session.client().list(ListQuery.all().withPage(1, 1)
                    .withFilter(Filter.eq("system", "0"))).items().get(0);

            session.outbox().enqueue(custom, Map.of(UpdatableField.EXAMPLE, "from the session"));

            assertThat(session.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);
            assertThat(sim.property(custom.id()).orElseThrow()).containsEntry("example", "from the session");
        }
    }

    @Test
    void aSecondSessionOnTheSameAccountIsRefusedUntilTheFirstCloses() throws Exception {
        try (AccountWorkspace first = open()) {
            assertThatThrownBy(this::open).isInstanceOf(AccountInUseException.class)
                    .hasMessageContaining("working on this account right now");
        }
        open().close();
    }

    @Test
    void editsLeftByAClosedSessionAreSentByTheNextOne() throws Exception {
        ProfileProperty custom;
        try (AccountWorkspace first = open()) {
            first.worker().stop(); // as if the app quit before sending
            custom = first.client().list(ListQuery.all().withPage(1, 1).withFilter(Filter.eq("system", "0"))).items().get(0);
            first.outbox().enqueue(custom, Map.of(UpdatableField.DESCRIPTION, "typed before quitting"));
            assertThat(first.outbox().list()).extracting(e -> e.state()).containsExactly(EditState.PENDING);
        }

        try (AccountWorkspace next = open()) {
            assertThat(next.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);
        }
        assertThat(sim.property(custom.id()).orElseThrow()).containsEntry("description", "typed before quitting");
    }

    @Test
    void propertiesKeptByOneSessionAreThereForTheNextInTheSameFileAsTheOutbox() throws Exception {
        List<ProfileProperty> read;
        try (AccountWorkspace first = open()) {
            first.worker().stop();
            read = first.properties().readAll((rows, loaded, total) -> { });
            first.outbox().enqueue(read.stream().filter(p -> !p.isSystem()).findFirst().orElseThrow(),
                    Map.of(UpdatableField.EXAMPLE, "waiting"));
        }

        try (AccountWorkspace next = open()) {
            next.worker().stop();
            assertThat(next.properties().openFromCopy()).hasSize(300).containsExactlyElementsOf(read);
            assertThat(next.outbox().list()).hasSize(1);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains(AccountWorkspace.DATA_FILE)
                    .allMatch(name -> name.startsWith("outbox."), "one data file (with its journal) and the lock");
        }
    }

    @Test
    void theTokenIsNeverWrittenToTheAccountFolder() throws Exception {
        try (AccountWorkspace session = open()) {
            session.properties().readAll((rows, loaded, total) -> { });
        }

        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as(file.getFileName().toString()).doesNotContain(TOKEN);
            }
        }
    }
}
