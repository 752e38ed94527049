package dev.hoodadmin.engine;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.DatabaseException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

    private static final int INSERTS_PER_BATCH = 1_000;

    private final Database database;

    StagedEdits(Database database) {
        this.database = database;
    }

    /** Rows handed out one at a time, by a reader that may fail part way (a file being parsed). */
    @FunctionalInterface
    public interface RowSource<E extends Exception> {
        void forEach(Consumer<FieldEdit> row) throws E;
    }

    /** Adds rows after those already waiting, in one durable transaction. */
    public void add(List<FieldEdit> edits) {
        addAll(edits::forEach);
    }

    /**
     * Adds every row the source hands out, after those already waiting, in one durable transaction written in
     * batches: all of them, or none when the source fails (a file broken at its last line stages nothing).
     *
     * @return how many rows were added
     * @throws E what the source threw
     */
    @SuppressWarnings("unchecked")
    public <E extends Exception> int addAll(RowSource<E> source) throws E {
        try {
            return database.write(c -> {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO staged_edit (source, line, property_id, field, value) VALUES (?, ?, ?, ?, ?)")) {
                    int[] added = {0};
                    try {
                        source.forEach(edit -> insert(insert, edit, ++added[0] % INSERTS_PER_BATCH == 0));
                    } catch (SourceFailed e) {
                        throw e;
                    } catch (Exception e) {
                        throw new SourceFailed(e);
                    }
                    insert.executeBatch();
                    return added[0];
                }
            });
        } catch (SourceFailed failed) {
            if (failed.getCause() instanceof SQLException e) throw new DatabaseException("Staging rows failed: " + e.getMessage(), e);
            if (failed.getCause() instanceof RuntimeException e) throw e;
            throw (E) failed.getCause();
        }
    }

    private static void insert(PreparedStatement insert, FieldEdit edit, boolean flush) {
        try {
            insert.setString(1, edit.source());
            insert.setInt(2, edit.line());
            insert.setString(3, edit.propertyId());
            insert.setString(4, edit.field().wireName());
            insert.setString(5, edit.value());
            insert.addBatch();
            if (flush) insert.executeBatch();
        } catch (SQLException e) {
            throw new SourceFailed(e);
        }
    }

    /** Carries the source's failure out of the transaction, which it rolls back. */
    private static final class SourceFailed extends RuntimeException {
        SourceFailed(Exception cause) {
            super(cause);
        }
    }

    /** Every waiting row, oldest first. */
    public List<Staged> all() {
        return batch(0, Integer.MAX_VALUE);
    }

    /** Up to {@code limit} waiting rows after {@code afterSeq}, oldest first. */
    public List<Staged> batch(long afterSeq, int limit) {
        return database.read(c -> {
            List<Staged> rows = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT seq, source, line, property_id, field, value "
                    + "FROM staged_edit WHERE seq > ? ORDER BY seq LIMIT ?")) {
                select.setLong(1, afterSeq);
                select.setInt(2, limit);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        UpdatableField field = UpdatableField.fromWireName(result.getString(5)).orElseThrow();
                        rows.add(new Staged(result.getLong(1), new FieldEdit(result.getString(2), result.getInt(3),
                                result.getString(4), field, result.getString(6))));
                    }
                }
            }
            return rows;
        });
    }

    /** How many rows are waiting. */
    public int count() {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM staged_edit");
                 ResultSet result = select.executeQuery()) {
                return result.next() ? result.getInt(1) : 0;
            }
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
