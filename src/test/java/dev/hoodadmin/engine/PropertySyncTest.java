package dev.hoodadmin.engine;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.PropertyCache;
import dev.hoodadmin.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The account's properties kept in step: real simulator over loopback, real data file, requests counted. */
class PropertySyncTest {
    private static final String TOKEN = "sync-test-token";
    private static final PropertyPager.PageListener QUIET = (rows, loaded, total) -> { };

    private final TestClock serverClock = TestClock.manual(Instant.parse("2026-03-01T10:00:00Z"));
    private final HoodSimulator sim = HoodSimulator.start(
            SimulatorConfig.builder(TOKEN).rateLimitsEnabled(false).clock(serverClock).build());
    private final HoodClient client = HoodClient.create(new Endpoint(sim.baseUri()), ApiToken.of(TOKEN), RequestGate.UNLIMITED);
    @TempDir
    Path folder;
    private Database database;

    @AfterEach
    void stop() {
        if (database != null) database.close();
        sim.close();
    }

    /** A sync on the account's data file, as a new start of the window or a command opens it. */
    private PropertySync open() {
        if (database != null) database.close();
        database = Database.open(folder.resolve("outbox.db"), AppSchema.current());
        return new PropertySync(new PropertyPager(client, duration -> { }), 100, new PropertyCache(database, Clock.systemUTC()));
    }

    private long reads() {
        return sim.stats().count("GET", 200);
    }

    private ProfileProperty custom(List<ProfileProperty> rows, int skip) {
        return rows.stream().filter(p -> !p.isSystem()).skip(skip).findFirst().orElseThrow();
    }

    @Test
    void theFirstReadIsKeptAndTheNextStartOpensFromItWithoutARequest() throws Exception {
        List<ProfileProperty> read = open().readAll(QUIET);
        assertThat(read).hasSize(300);
        assertThat(reads()).isEqualTo(3);

        PropertySync next = open();
        assertThat(next.canRefresh()).isFalse();
        assertThat(next.openFromCopy()).containsExactlyElementsOf(read);
        assertThat(next.canRefresh()).isTrue();
        assertThat(reads()).isEqualTo(3);
    }

    @Test
    void aRefreshReadsOnlyWhatChangedPlusOneRowToCountAndKeepsIt() throws Exception {
        List<ProfileProperty> read = open().readAll(QUIET);
        ProfileProperty changed = custom(read, 3);
        serverClock.advance(Duration.ofHours(1));
        client.patch(changed.id(), Map.of(UpdatableField.EXAMPLE, "changed elsewhere"));
        sim.stats().reset();

        PropertySync next = open();
        next.openFromCopy();
        PropertySync.Changes changes = next.refresh(QUIET);

        assertThat(changes.updated()).extracting(ProfileProperty::id).containsExactly(changed.id());
        assertThat(changes.added()).isEmpty();
        assertThat(changes.removed()).isEmpty();
        assertThat(reads()).as("the changed rows, then the total in one row").isEqualTo(2);
        assertThat(open().openFromCopy()).filteredOn(p -> p.id().equals(changed.id()))
                .singleElement().extracting(ProfileProperty::example).isEqualTo("changed elsewhere");
    }

    @Test
    void rowsARefreshReadsAgainUnchangedStayTheInstancesAlreadyKept() throws Exception {
        open().readAll(QUIET);
        PropertySync next = open();
        List<ProfileProperty> kept = next.openFromCopy();
        AtomicInteger readAgain = new AtomicInteger();

        PropertySync.Changes changes = next.refresh((rows, loaded, total) -> readAgain.addAndGet(rows.size()));

        assertThat(readAgain.get()).as("rows of the newest update_time are read again").isPositive();
        assertThat(changes.isEmpty()).isTrue();
        // the window shows the kept instances: a second, equal copy of each row read again would only take memory
        List<ProfileProperty> known = next.known();
        assertThat(known).hasSameSizeAs(kept);
        for (int i = 0; i < kept.size(); i++) assertThat(known.get(i)).isSameAs(kept.get(i));
    }

    @Test
    void aPropertyDeletedOnTheServerLeavesTheKeptCopyOnTheNextRefresh() throws Exception {
        PropertySync sync = open();
        List<ProfileProperty> read = sync.readAll(QUIET);
        ProfileProperty gone = custom(read, 7);
        sim.deleteProperty(gone.id());
        sim.stats().reset();

        PropertySync.Changes changes = sync.refresh(QUIET);

        assertThat(changes.removed()).containsExactly(gone.id());
        assertThat(sync.known()).hasSize(299).noneMatch(p -> p.id().equals(gone.id()));
        // the changed rows (none here beyond the same second), the total, then 3 pages of ids only
        assertThat(reads()).isEqualTo(5);
        assertThat(open().openFromCopy()).hasSize(299).noneMatch(p -> p.id().equals(gone.id()));
    }

    @Test
    void anAppliedEditReachesTheKeptCopyEvenWhenTheRowsWereNotReadInThisRun() throws Exception {
        ProfileProperty target = custom(open().readAll(QUIET), 2);

        PropertySync command = open(); // like `apply`: the copy is not opened
        command.appliedEdit(target.id(), Map.of(UpdatableField.DESCRIPTION, "applied from a terminal"));

        assertThat(open().openFromCopy()).filteredOn(p -> p.id().equals(target.id())).singleElement()
                .extracting(ProfileProperty::description).isEqualTo("applied from a terminal");
    }

    @Test
    void withoutAKeptCopyEveryStartReadsEverything() throws Exception {
        PropertySync demo = new PropertySync(new PropertyPager(client, duration -> { }), 500, null);

        assertThat(demo.keepsCopy()).isFalse();
        assertThat(demo.openFromCopy()).isEmpty();
        assertThat(demo.refresh(QUIET).added()).hasSize(300);
        assertThat(reads()).isOne();
    }
}
