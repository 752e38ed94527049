package dev.hoodadmin.engine;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.Filter;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditBatch;
import dev.hoodadmin.outbox.EditResult;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.JournalEntry;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A value changed on the server between reading and sending is never overwritten unless the person says so. */
class ConflictDetectionTest {
    private static final String TOKEN = "conflict-test-token-0a9";
    private final HoodSimulator sim = HoodSimulator.start(SimulatorConfig.builder(TOKEN).rateLimitsEnabled(false)
            .properties(300).build());
    @TempDir
    Path folder;
    private AccountWorkspace account;
    private List<ProfileProperty> rows;

    @BeforeEach
    void open() throws Exception {
        account = AccountWorkspace.open(folder, new Endpoint(sim.baseUri()), ApiToken.of(TOKEN),
                WorkspaceOptions.standard().withGates(() -> RequestGate.UNLIMITED));
        rows = account.client().list(ListQuery.all().withPage(1, 150).withFilter(Filter.eq("system", "0"))).items();
    }

    @AfterEach
    void close() {
        account.close();
        sim.close();
    }

    private Edit queue(ProfileProperty row, Map<UpdatableField, String> values) throws Exception {
        EditResult result = account.outbox().enqueue(row, values, EditBatch.start("grid"));
        return ((EditResult.Queued) result).edit();
    }

    private void drain() throws Exception {
        account.worker().start();
        assertThat(account.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);
    }

    private Object server(ProfileProperty row, String field) {
        return sim.property(row.id()).orElseThrow().get(field);
    }

    private long patches() {
        return sim.stats().count("PATCH", 204);
    }

    @Test
    void aValueChangedElsewhereIsNotSentAndTheEditWaitsAsAConflict() throws Exception {
        ProfileProperty row = rows.get(0);
        Edit mine = queue(row, Map.of(UpdatableField.DESCRIPTION, "mine"));
        sim.changeElsewhere(row.id(), "description", "theirs");

        drain();

        assertThat(server(row, "description")).isEqualTo("theirs");
        assertThat(patches()).isZero();
        Edit conflict = account.outbox().find(mine.id()).orElseThrow();
        assertThat(conflict.state()).isEqualTo(EditState.CONFLICT);
        assertThat(conflict.conflict()).containsEntry(UpdatableField.DESCRIPTION, "theirs");
        assertThat(account.journal().all()).isEmpty();
    }

    @Test
    void keepMineSendsItAnywayAndTheJournalSaysWhatItReplaced() throws Exception {
        ProfileProperty row = rows.get(0);
        Edit mine = queue(row, Map.of(UpdatableField.DESCRIPTION, "mine"));
        sim.changeElsewhere(row.id(), "description", "theirs");
        drain();

        account.outbox().keepMine(mine.id());
        assertThat(account.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);

        assertThat(server(row, "description")).isEqualTo("mine");
        assertThat(account.journal().all()).singleElement().satisfies(entry -> {
            assertThat(entry.before()).isEqualTo("theirs");
            assertThat(entry.after()).isEqualTo("mine");
        });
    }

    @Test
    void takeTheirsDropsMineAndSendsNothing() throws Exception {
        ProfileProperty row = rows.get(0);
        Edit mine = queue(row, Map.of(UpdatableField.EXAMPLE, "mine"));
        sim.changeElsewhere(row.id(), "example", "theirs");
        drain();

        Edit dropped = account.outbox().takeTheirs(mine.id());

        assertThat(dropped.conflict()).containsEntry(UpdatableField.EXAMPLE, "theirs");
        assertThat(account.outbox().find(mine.id())).isEmpty();
        assertThat(account.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);
        assertThat(server(row, "example")).isEqualTo("theirs");
        assertThat(patches()).isZero();
    }

    @Test
    void aFieldTheEditDoesNotChangeNeverConflictsAndTheOthersAreStillSent() throws Exception {
        ProfileProperty untouched = rows.get(0);
        ProfileProperty split = rows.get(1);
        queue(untouched, Map.of(UpdatableField.EXAMPLE, "mine"));
        sim.changeElsewhere(untouched.id(), "description", "theirs");
        Edit both = queue(split, Map.of(UpdatableField.EXAMPLE, "mine too", UpdatableField.EXPORT_ALIAS, "my_alias"));
        sim.changeElsewhere(split.id(), "export_alias", "their_alias");

        drain();

        assertThat(server(untouched, "example")).isEqualTo("mine");
        assertThat(server(untouched, "description")).isEqualTo("theirs");
        assertThat(server(split, "example")).isEqualTo("mine too");
        assertThat(server(split, "export_alias")).isEqualTo("their_alias");
        assertThat(account.outbox().list(EditState.CONFLICT)).singleElement().satisfies(conflict -> {
            assertThat(conflict.propertyId()).isEqualTo(split.id());
            assertThat(conflict.changes()).containsOnlyKeys(UpdatableField.EXPORT_ALIAS);
            assertThat(conflict.batchId()).isEqualTo(both.batchId());
        });
    }

    @Test
    void anEditTheServerAlreadyHoldsIsAppliedWithoutARequest() throws Exception {
        ProfileProperty row = rows.get(0);
        Edit mine = queue(row, Map.of(UpdatableField.EXAMPLE, "same everywhere"));
        sim.changeElsewhere(row.id(), "example", "same everywhere");

        drain();

        assertThat(account.outbox().find(mine.id()).orElseThrow().state()).isEqualTo(EditState.APPLIED);
        assertThat(patches()).isZero();
        assertThat(account.journal().all()).extracting(JournalEntry::after).containsExactly("same everywhere");
    }

    @Test
    void oneReadChecksAHundredEdits() throws Exception {
        for (ProfileProperty row : rows.subList(0, 100)) queue(row, Map.of(UpdatableField.EXAMPLE, "checked " + row.id()));
        long readsBefore = sim.stats().count("GET", 200);

        drain();

        assertThat(patches()).isEqualTo(100);
        assertThat(sim.stats().count("GET", 200) - readsBefore).isEqualTo(1);
    }
}
