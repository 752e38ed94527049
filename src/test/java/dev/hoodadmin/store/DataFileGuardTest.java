package dev.hoodadmin.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data file that existed and is now missing, empty or has a damaged journal is an error, never a fresh start. */
class DataFileGuardTest {
    @TempDir
    Path dir;

    private Path fileWithOneNote() {
        Path file = dir.resolve("outbox.db");
        try (Database db = Database.open(file, AppSchema.current())) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO outbox_edit (property_id, property_name, "
                    + "baseline_json, changes_json, state, queue_order, attempts, faults, next_attempt_at, created_at, "
                    + "updated_at) VALUES ('1', 'p', '{}', '{\"description\":\"x\"}', 'PENDING', 1, 0, 0, 0, 0, 0)"));
        }
        return file;
    }

    @Test
    void aFirstStartCreatesTheFileAndItsMarker() {
        Path file = dir.resolve("outbox.db");

        Database.open(file, AppSchema.current()).close();

        assertThat(file).exists();
        assertThat(dir.resolve("outbox.db-created")).exists();
    }

    @Test
    void aDeletedFileIsAnErrorThatNamesItAndCreatesNothing() throws Exception {
        Path file = fileWithOneNote();
        Files.delete(file);

        assertThatThrownBy(() -> Database.open(file, AppSchema.current())).isInstanceOf(DatabaseException.class)
                .hasMessageContaining(file.toAbsolutePath() + " is missing").hasMessageContaining("Nothing was deleted")
                .hasMessageNotContaining("\n");
        assertThat(file).doesNotExist();
    }

    @Test
    void anEmptiedFileIsAnError() throws Exception {
        Path file = fileWithOneNote();
        Files.write(file, new byte[0]);

        assertThatThrownBy(() -> Database.open(file, AppSchema.current())).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("is empty");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aJournalWithoutItsFileIsAnErrorAndTheJournalIsKept() throws Exception {
        Path file = dir.resolve("outbox.db");
        Path wal = dir.resolve("outbox.db-wal");
        Files.write(wal, new byte[]{1, 2, 3});

        assertThatThrownBy(() -> Database.open(file, AppSchema.current())).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("outbox.db-wal is still there");
        assertThat(Files.readAllBytes(wal)).containsExactly(1, 2, 3);
        assertThat(file).doesNotExist();
    }

    @Test
    void aJournalCutOffInsideItsHeaderIsAnErrorAndKept() throws Exception {
        Path file = fileWithOneNote();
        Path wal = dir.resolve("outbox.db-wal");
        Files.write(wal, new byte[]{0x37, 0x7f, 0x06});

        assertThatThrownBy(() -> Database.open(file, AppSchema.current())).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("journal").hasMessageContaining("cut off").hasMessageContaining("Nothing was deleted");
        assertThat(Files.size(wal)).isEqualTo(3);
    }

    @Test
    void aFileThatIsNotADatabaseIsAnErrorAndKept() throws Exception {
        Path file = dir.resolve("outbox.db");
        Files.writeString(file, "this is not SQLite, and it is long enough to hold a header of a hundred bytes. ".repeat(3));

        assertThatThrownBy(() -> Database.open(file, AppSchema.current())).isInstanceOf(DatabaseException.class)
                .hasMessageContaining(file.toAbsolutePath() + " is damaged").hasMessageContaining("Nothing was deleted");
        assertThat(Files.readString(file)).startsWith("this is not SQLite");
    }

    @Test
    void aFileKeptAfterACrashOpensWithItsEdits() throws Exception {
        Path file = fileWithOneNote();

        try (Database db = Database.open(file, AppSchema.current())) {
            int count = db.read(c -> {
                var rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM outbox_edit");
                rows.next();
                return rows.getInt(1);
            });
            assertThat(count).isEqualTo(1);
        }
    }
}
