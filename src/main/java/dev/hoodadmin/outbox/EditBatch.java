package dev.hoodadmin.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * One step the person can undo: a grid edit, a detail-pane save, a paste, a bulk edit, an import, an undo.
 * Start one per action and pass it to every {@link Outbox#enqueue} of that action; its number is given by the
 * data file when the first edit is stored, so starting one costs nothing and happens on any thread.
 */
public final class EditBatch {
    private final String source;
    private final long undoesBatch;
    private long id; // guarded by this; 0 until stored

    private EditBatch(String source, long undoesBatch) {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("A batch needs a source");
        this.source = source;
        this.undoesBatch = undoesBatch;
    }

    /** @param source what the person used, as the history shows it: "grid", "paste", "bulk edit", "import of edits.csv" */
    public static EditBatch start(String source) {
        return new EditBatch(source, 0);
    }

    /** The batch that undoes (or redoes) {@code batchId}: its journal entries name the entries they undid. */
    public static EditBatch undoing(long batchId, String source) {
        if (batchId <= 0) throw new IllegalArgumentException("No batch " + batchId + " to undo");
        return new EditBatch(source, batchId);
    }

    public String source() {
        return source;
    }

    /** The batch this one undoes; 0 when it is not an undo. */
    public long undoesBatch() {
        return undoesBatch;
    }

    /** Its number, once an edit of it was stored. */
    public synchronized OptionalLong id() {
        return id == 0 ? OptionalLong.empty() : OptionalLong.of(id);
    }

    /** Its number, storing the batch first if none of its edits was stored yet (inside the caller's transaction). */
    synchronized long idIn(Connection c, Instant now) throws SQLException {
        if (id != 0 && stored(c, id)) return id; // a rolled-back transaction may have taken the row with it
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO edit_batch (source, undoes_batch, created_at) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, source);
            if (undoesBatch == 0) insert.setNull(2, Types.INTEGER); else insert.setLong(2, undoesBatch);
            insert.setLong(3, now.toEpochMilli());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        return id;
    }

    private static boolean stored(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM edit_batch WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }
}
