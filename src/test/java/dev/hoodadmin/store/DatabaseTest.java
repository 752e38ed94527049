package dev.hoodadmin.store;

import dev.hoodadmin.files.OwnerOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DatabaseTest {
    @TempDir
    Path dir;

    private static final Schema NOTES_V1 = new Schema(List.of(
            Migration.of(1, "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")));
    private static final Schema NOTES_V2 = new Schema(List.of(NOTES_V1.migrations().get(0),
            Migration.of(2, "ALTER TABLE note ADD COLUMN author TEXT")));

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
                r.next();
                return r.getString(1);
            }
        });
    }

    private static int count(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM note")) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    private static void insert(Database db, String text) {
        db.write(c -> {
            try (var s = c.prepareStatement("INSERT INTO note (text) VALUES (?)")) {
                s.setString(1, text);
                return s.executeUpdate();
            }
        });
    }

    @Test
    void opensForDurableWritesInWalMode() {
        try (Database db = Database.open(dir.resolve("a.db"), NOTES_V1)) {
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "synchronous")).isEqualTo("2"); // FULL
            assertThat(pragma(db, "busy_timeout")).isEqualTo("5000");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
        }
    }

    @Test
    void createsTheFileAndItsFoldersReadableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("nested/folder/hood-admin.db");

        try (Database db = Database.open(file, NOTES_V1)) {
            insert(db, "typed by a person");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnly.FILE_PERMISSIONS);
            Path wal = Path.of(file + "-wal");
            assertThat(wal).exists();
            assertThat(Files.getPosixFilePermissions(wal)).isEqualTo(OwnerOnly.FILE_PERMISSIONS);
        }
    }

    @Test
    void narrowsAnExistingFileThatOthersCouldRead() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("old.db");
        Files.createFile(file);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        Database.open(file, NOTES_V1).close();

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnly.FILE_PERMISSIONS);
    }

    @Test
    void runsOnlyTheMigrationsTheFileHasNotSeenAndKeepsTheData() {
        Path file = dir.resolve("m.db");
        try (Database db = Database.open(file, NOTES_V1)) {
            assertThat(db.schemaVersion()).isEqualTo(1);
            insert(db, "kept");
        }
        try (Database db = Database.open(file, NOTES_V2)) {
            assertThat(db.schemaVersion()).isEqualTo(2);
            assertThat(count(db)).isEqualTo(1);
        }
        try (Database db = Database.open(file, NOTES_V2)) { // nothing to run: ALTER twice would fail
            assertThat(db.schemaVersion()).isEqualTo(2);
        }
    }

    @Test
    void refusesAFileFromANewerVersionWithoutTouchingIt() {
        Path file = dir.resolve("new.db");
        Database.open(file, NOTES_V2).close();

        assertThatThrownBy(() -> Database.open(file, NOTES_V1)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("newer Hood Admin").hasMessageContaining("schema 2");
        try (Database db = Database.open(file, NOTES_V2)) {
            assertThat(db.schemaVersion()).isEqualTo(2);
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("t.db"), NOTES_V1)) {
            assertThatThrownBy(() -> db.write(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO note (text) VALUES ('half')");
                    s.executeUpdate("INSERT INTO note (text) VALUES (NULL)"); // violates NOT NULL
                }
                return null;
            })).isInstanceOf(DatabaseException.class).hasMessageContaining("t.db");

            assertThat(count(db)).isZero();
            insert(db, "the connection still works");
            assertThat(count(db)).isEqualTo(1);
        }
    }

    @Test
    void aWriteInsideAWriteJoinsItsTransaction() {
        try (Database db = Database.open(dir.resolve("n.db"), NOTES_V1)) {
            assertThatThrownBy(() -> db.write(c -> {
                insert(db, "inner");
                throw new IllegalStateException("outer fails after the inner write");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(count(db)).isZero();
        }
    }

    @Test
    void aClosedDatabaseSaysSo() {
        Database db = Database.open(dir.resolve("c.db"), NOTES_V1);
        db.close();

        assertThatThrownBy(() -> count(db)).isInstanceOf(DatabaseException.class).hasMessageContaining("closed");
    }

    @Test
    void migrationsMustBeNumberedWithoutGaps() {
        assertThatThrownBy(() -> new Schema(List.of(Migration.of(2, "SELECT 1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAppSchemaCreatesTheOutboxTable() {
        try (Database db = Database.open(dir.resolve("app.db"), AppSchema.current())) {
            assertThat(db.schemaVersion()).isEqualTo(AppSchema.current().latestVersion());
            boolean hasTable = db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'outbox_edit'")) {
                    return r.next();
                }
            });
            assertThat(hasTable).isTrue();
        }
    }
}
