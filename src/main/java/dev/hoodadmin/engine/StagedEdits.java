package dev.hoodadmin.engine;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Checked rows of edits files, kept durably until they enter the outbox. Entering the outbox needs each
 * property's current values and system flag from the server; if that read fails (a refused token, no
 * network) the rows wait here for {@code resume} instead of being lost. They live in the account's data file
 * (table {@code staged_edit}), beside its outbox.
 */
public final class StagedEdits {
    /** A staged row and its place in line. */
    public record Staged(long seq, FieldEdit edit) {
    }

    private final Database database;

    StagedEdits(Database database) {
        this.database = database;
    }

    /** Adds rows after those already waiting, in one durable transaction. */
    public void add(List<FieldEdit> edits) {
        database.write(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO staged_edit (source, line, property_id, field, value) VALUES (?, ?, ?, ?, ?)")) {
                for (FieldEdit edit : edits) {
                    insert.setString(1, edit.source());
                    insert.setInt(2, edit.line());
                    insert.setString(3, edit.propertyId());
                    insert.setString(4, edit.field().wireName());
                    insert.setString(5, edit.value());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** Every waiting row, oldest first. */
    public List<Staged> all() {
        return database.read(c -> {
            List<Staged> rows = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT seq, source, line, property_id, field, value FROM staged_edit ORDER BY seq");
                 ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    UpdatableField field = UpdatableField.fromWireName(result.getString(5)).orElseThrow();
                    rows.add(new Staged(result.getLong(1), new FieldEdit(result.getString(2), result.getInt(3),
                            result.getString(4), field, result.getString(6))));
                }
            }
            return rows;
        });
    }

    /** Removes the rows up to and including {@code seq} (they entered the outbox or were refused). */
    public void removeThrough(long seq) {
        database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM staged_edit WHERE seq <= ?")) {
                delete.setLong(1, seq);
                delete.executeUpdate();
            }
            return null;
        });
    }

}
