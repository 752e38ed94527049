package dev.hoodadmin.engine;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.Filter;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.EditBatch;
import dev.hoodadmin.outbox.JournalEntry;
import dev.hoodadmin.outbox.JournalFilter;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The change journal over the loopback simulator: what the server accepted, field by field, kept for good. */
class ChangeJournalTest {
    private static final String TOKEN = "journal-test-token-71c2";
    private final HoodSimulator sim = HoodSimulator.start(SimulatorConfig.builder(TOKEN).rateLimitsEnabled(false)
            .properties(300).build());
    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        sim.close();
    }

    private AccountWorkspace open() throws Exception {
        AccountWorkspace workspace = AccountWorkspace.open(folder, new Endpoint(sim.baseUri()), ApiToken.of(TOKEN),
                WorkspaceOptions.standard().withGates(() -> RequestGate.UNLIMITED));
        workspace.worker().start();
        return workspace;
    }

    private static List<ProfileProperty> custom(AccountWorkspace account, int count) throws Exception {
        return account.client().list(ListQuery.all().withPage(1, count).withFilter(Filter.eq("system", "0"))).items();
    }

    @Test
    void aHundredAppliedEditsLeaveExactlyTheirFieldChangesWithBeforeAndAfter() throws Exception {
        try (AccountWorkspace account = open()) {
            List<ProfileProperty> rows = custom(account, 100);
            assertThat(rows).hasSize(100);
            Map<String, Map<UpdatableField, String[]>> expected = new HashMap<>();
            EditBatch bulk = EditBatch.start("bulk edit");
            for (int i = 0; i < rows.size(); i++) {
                ProfileProperty row = rows.get(i);
                Map<UpdatableField, String> values = new EnumMap<>(UpdatableField.class);
                values.put(UpdatableField.EXAMPLE, "example " + i);
                if (i % 2 == 0) values.put(UpdatableField.PI_DATA, row.piData() != null && row.piData() ? "0" : "1");
                Map<UpdatableField, String[]> fields = new EnumMap<>(UpdatableField.class);
                values.forEach((field, value) -> fields.put(field, new String[]{before(row, field), value}));
                expected.put(row.id(), fields);
                account.outbox().enqueue(row, values, bulk);
            }
            assertThat(account.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);

            List<JournalEntry> journal = account.journal().all();
            assertThat(journal).hasSize(150);
            for (JournalEntry entry : journal) {
                String[] beforeAfter = expected.get(entry.propertyId()).get(entry.field());
                assertThat(beforeAfter).as("entry for %s %s", entry.propertyId(), entry.field()).isNotNull();
                assertThat(entry.before()).isEqualTo(beforeAfter[0]);
                assertThat(entry.after()).isEqualTo(beforeAfter[1]);
                assertThat(entry.sourceLabel()).isEqualTo("bulk edit #" + bulk.id().orElseThrow());
            }
            assertThat(journal.stream().map(e -> e.propertyId() + "/" + e.field()).collect(Collectors.toSet()))
                    .hasSize(150);
            assertThat(account.journal().find(JournalFilter.all().field(UpdatableField.PI_DATA))).hasSize(50);
            assertThat(account.journal().find(JournalFilter.all().property(rows.get(0).id()))).hasSize(2);
            assertThat(account.journal().lastBatch()).hasValue(bulk.id().orElseThrow());
        }
    }

    @Test
    void clearingTheQueueKeepsTheJournalAndANewSessionReadsIt() throws Exception {
        ProfileProperty row;
        try (AccountWorkspace account = open()) {
            row = custom(account, 1).get(0);
            account.outbox().enqueue(row, Map.of(UpdatableField.DESCRIPTION, "kept in the journal"), EditBatch.start("grid"));
            assertThat(account.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);
            assertThat(account.outbox().clearApplied()).isEqualTo(1);
        }
        try (AccountWorkspace again = open()) {
            assertThat(again.outbox().list()).isEmpty();
            assertThat(again.journal().all()).singleElement().satisfies(entry -> {
                assertThat(entry.propertyId()).isEqualTo(row.id());
                assertThat(entry.before()).isEqualTo(row.description());
                assertThat(entry.after()).isEqualTo("kept in the journal");
                assertThat(entry.source()).isEqualTo("grid");
            });
        }
    }

    @Test
    void filtersBySourceAndBatchAndNewestComesFirst() throws Exception {
        try (AccountWorkspace account = open()) {
            List<ProfileProperty> rows = custom(account, 3);
            EditBatch paste = EditBatch.start("paste");
            account.outbox().enqueue(rows.get(0), Map.of(UpdatableField.EXAMPLE, "pasted"), paste);
            account.outbox().enqueue(rows.get(1), Map.of(UpdatableField.EXAMPLE, "pasted"), paste);
            assertThat(account.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);
            EditBatch detail = EditBatch.start("detail pane");
            account.outbox().enqueue(rows.get(2), Map.of(UpdatableField.EXAMPLE, "typed"), detail);
            assertThat(account.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);

            assertThat(account.journal().all().get(0).propertyId()).isEqualTo(rows.get(2).id());
            assertThat(account.journal().find(JournalFilter.all().source("PASTE"))).extracting(JournalEntry::propertyId)
                    .containsExactlyInAnyOrder(rows.get(0).id(), rows.get(1).id());
            assertThat(account.journal().find(JournalFilter.all().batch(detail.id().orElseThrow())))
                    .extracting(JournalEntry::after).containsExactly("typed");
            Set<Long> batches = account.journal().all().stream().map(JournalEntry::batchId).collect(Collectors.toSet());
            assertThat(batches).containsExactlyInAnyOrder(paste.id().orElseThrow(), detail.id().orElseThrow());
        }
    }

    private static String before(ProfileProperty row, UpdatableField field) {
        return row.valueOf(field);
    }
}
