package dev.hoodadmin.outbox;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** A data file from before the journal (schema 3) keeps its queued edits through migration 4. */
class JournalMigrationTest {
    @TempDir
    Path folder;

    @Test
    void editsQueuedBeforeTheJournalExistedSurviveTheUpgradeAndCanBeSent() {
        Path file = folder.resolve("outbox.db");
        try (Database old = Database.open(file, new Schema(AppSchema.current().migrations().subList(0, 3)))) {
            old.write(c -> {
                try (Statement insert = c.createStatement()) {
                    insert.execute("INSERT INTO outbox_edit (property_id, property_name, baseline_json, changes_json, "
                            + "state, queue_order, next_attempt_at, created_at, updated_at) VALUES ('1000105', 'Region', "
                            + "'{\"example\":\"old\"}', '{\"example\":\"new\"}', 'PENDING', 1, 0, 0, 0)");
                }
                return null;
            });
        }

        try (Database upgraded = Database.open(file, AppSchema.current())) {
            assertThat(upgraded.schemaVersion()).isEqualTo(AppSchema.current().latestVersion());
            Outbox outbox = new Outbox(upgraded, Clock.systemUTC());
            assertThat(outbox.list()).singleElement().satisfies(edit -> {
                assertThat(edit.changes()).containsEntry(UpdatableField.EXAMPLE, "new");
                assertThat(edit.source()).isEqualTo("earlier version");
                assertThat(edit.batchId()).isZero();
                assertThat(edit.state()).isEqualTo(EditState.PENDING);
            });
            assertThat(new ChangeJournal(upgraded).all()).isEmpty();
        }
    }
}
