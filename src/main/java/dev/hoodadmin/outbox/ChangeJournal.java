package dev.hoodadmin.outbox;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.store.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The account's change journal: every field change the server accepted, with its before and after, source,
 * batch and time. Entries are written by the outbox in the same transaction that marks their edit APPLIED,
 * so a crash never leaves an applied edit without its entries (nor entries of an edit still to be resent),
 * and clearing the queue leaves the journal as it is. Lives here, beside its only writer, so the views may
 * read it too.
 */
public final class ChangeJournal {
    private static final String COLUMNS = "id, edit_id, property_id, property_name, field, before_value, after_value, "
            + "applied_at, source, batch_id, undoes_entry, trace_id";

    private final Database database;

    public ChangeJournal(Database database) {
        this.database = database;
    }

    /** The entries the filter matches, newest first. */
    public List<JournalEntry> find(JournalFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.propertyId() != null) {
            where.append(" AND property_id = ?");
            parameters.add(filter.propertyId());
        }
        if (filter.field() != null) {
            where.append(" AND field = ?");
            parameters.add(filter.field().wireName());
        }
        if (filter.source() != null && !filter.source().isBlank()) {
            where.append(" AND instr(lower(source), ?) > 0");
            parameters.add(filter.source().toLowerCase(Locale.ROOT));
        }
        if (filter.batchId() != 0) {
            where.append(" AND batch_id = ?");
            parameters.add(filter.batchId());
        }
        if (filter.from() != null) {
            where.append(" AND applied_at >= ?");
            parameters.add(filter.from().toEpochMilli());
        }
        if (filter.until() != null) {
            where.append(" AND applied_at < ?");
            parameters.add(filter.until().toEpochMilli());
        }
        return database.read(c -> query(c, "SELECT " + COLUMNS + " FROM change_journal" + where
                + " ORDER BY applied_at DESC, id DESC", parameters.toArray()));
    }

    /** Every entry, newest first. */
    public List<JournalEntry> all() {
        return find(JournalFilter.all());
    }

    /** The batch of the newest entry; empty while the journal is empty. */
    public OptionalLong lastBatch() {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT batch_id FROM change_journal WHERE batch_id IS NOT NULL ORDER BY id DESC LIMIT 1");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        });
    }

    public int size() {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM change_journal");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /**
     * Writes one entry per changed field of an edit the server accepted. Runs inside the caller's transaction
     * (the one marking the edit APPLIED). An edit of an undo batch names, per field, the entry it undid.
     */
    static void record(Connection c, Edit applied, String traceId) throws SQLException {
        long undoesBatch = undoneBatch(c, applied.batchId());
        String sql = "INSERT INTO change_journal (edit_id, property_id, property_name, field, before_value, after_value, "
                + "applied_at, source, batch_id, undoes_entry, trace_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (Map.Entry<UpdatableField, String> change : applied.changes().entrySet()) {
                insert.setLong(1, applied.id());
                insert.setString(2, applied.propertyId());
                insert.setString(3, applied.propertyName());
                insert.setString(4, change.getKey().wireName());
                insert.setString(5, applied.baselineOf(change.getKey()));
                insert.setString(6, change.getValue());
                insert.setLong(7, applied.appliedAt().toEpochMilli());
                insert.setString(8, applied.source());
                if (applied.batchId() == 0) insert.setNull(9, Types.INTEGER); else insert.setLong(9, applied.batchId());
                long undone = undoesBatch == 0 ? 0 : latestEntry(c, undoesBatch, applied.propertyId(), change.getKey());
                if (undone == 0) insert.setNull(10, Types.INTEGER); else insert.setLong(10, undone);
                insert.setString(11, traceId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static long undoneBatch(Connection c, long batchId) throws SQLException {
        if (batchId == 0) return 0;
        try (PreparedStatement select = c.prepareStatement("SELECT undoes_batch FROM edit_batch WHERE id = ?")) {
            select.setLong(1, batchId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private static long latestEntry(Connection c, long batchId, String propertyId, UpdatableField field)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT MAX(id) FROM change_journal "
                + "WHERE batch_id = ? AND property_id = ? AND field = ?")) {
            select.setLong(1, batchId);
            select.setString(2, propertyId);
            select.setString(3, field.wireName());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private static List<JournalEntry> query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) select.setObject(i + 1, parameters[i]);
            List<JournalEntry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new JournalEntry(row.getLong("id"), row.getLong("edit_id"), row.getString("property_id"),
                            row.getString("property_name"),
                            UpdatableField.fromWireName(row.getString("field")).orElseThrow(),
                            row.getString("before_value"), row.getString("after_value"),
                            Instant.ofEpochMilli(row.getLong("applied_at")), row.getString("source"),
                            row.getLong("batch_id"), row.getLong("undoes_entry"), row.getString("trace_id")));
                }
            }
            return entries;
        }
    }
}
