package dev.hoodadmin.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for the {@code outbox_edit} table. No rules here: callers run these inside a {@code Database} transaction. */
final class OutboxRepository {
    private static final String COLUMNS = "id, property_id, property_name, baseline_json, changes_json, state, "
            + "queue_order, attempts, faults, error_kind, error_status, error_title, error_message, error_trace_id, "
            + "next_attempt_at, created_at, updated_at, applied_at, source, batch_id, conflict_json";

    /**
     * A pending edit that may go next for its property: nothing of that property is in flight and no
     * pending edit of that property is ahead of it. Sending per property strictly in order keeps an old
     * value from landing after a newer one.
     */
    private static final String HEAD_OF_PROPERTY = "e.state = 'PENDING' AND NOT EXISTS (SELECT 1 FROM outbox_edit o "
            + "WHERE o.property_id = e.property_id AND (o.state = 'SENDING' "
            + "OR (o.state = 'PENDING' AND o.queue_order < e.queue_order)))";

    private final FieldMapJson json;

    OutboxRepository(ObjectMapper mapper) {
        this.json = new FieldMapJson(mapper);
    }

    Edit insert(Connection c, Edit edit) throws SQLException {
        String sql = "INSERT INTO outbox_edit (property_id, property_name, baseline_json, changes_json, state, "
                + "queue_order, attempts, faults, error_kind, error_status, error_title, error_message, error_trace_id, "
                + "next_attempt_at, updated_at, applied_at, conflict_json, created_at, source, batch_id) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, edit.propertyId());
            insert.setString(2, edit.propertyName());
            bindMutable(insert, 3, edit);
            insert.setLong(18, edit.createdAt().toEpochMilli());
            insert.setString(19, edit.source());
            if (edit.batchId() == 0) insert.setNull(20, Types.INTEGER); else insert.setLong(20, edit.batchId());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return find(c, keys.getLong(1)).orElseThrow();
            }
        }
    }

    /** Writes every column that can change after creation. */
    void update(Connection c, Edit edit) throws SQLException {
        String sql = "UPDATE outbox_edit SET baseline_json = ?, changes_json = ?, state = ?, queue_order = ?, "
                + "attempts = ?, faults = ?, error_kind = ?, error_status = ?, error_title = ?, error_message = ?, "
                + "error_trace_id = ?, next_attempt_at = ?, updated_at = ?, applied_at = ?, conflict_json = ? WHERE id = ?";
        try (PreparedStatement update = c.prepareStatement(sql)) {
            bindMutable(update, 1, edit);
            update.setLong(16, edit.id());
            if (update.executeUpdate() != 1) throw new SQLException("Edit " + edit.id() + " is no longer stored");
        }
    }

    /** Binds the 15 mutable columns, in the order of {@link #update}, starting at {@code first}. */
    private void bindMutable(PreparedStatement s, int first, Edit edit) throws SQLException {
        int i = first;
        s.setString(i++, json.write(edit.baseline()));
        s.setString(i++, json.write(edit.changes()));
        s.setString(i++, edit.state().name());
        s.setLong(i++, edit.queueOrder());
        s.setInt(i++, edit.attempts());
        s.setInt(i++, edit.faults());
        i = ErrorColumns.bind(s, i, edit.lastError());
        s.setLong(i++, edit.nextAttemptAt().toEpochMilli());
        s.setLong(i++, edit.updatedAt().toEpochMilli());
        if (edit.appliedAt() == null) s.setNull(i++, Types.INTEGER); else s.setLong(i++, edit.appliedAt().toEpochMilli());
        s.setString(i, edit.conflict().isEmpty() ? null : json.write(edit.conflict()));
    }

    boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM outbox_edit WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    Optional<Edit> find(Connection c, long id) throws SQLException {
        List<Edit> found = query(c, "SELECT " + COLUMNS + " FROM outbox_edit WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** Every edit, oldest first. */
    List<Edit> all(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM outbox_edit ORDER BY id");
    }

    List<Edit> inState(Connection c, EditState state) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM outbox_edit WHERE state = ? ORDER BY queue_order, id", state.name());
    }

    /** The property's pending and in-flight edits, in the order they will reach the server. */
    List<Edit> activeFor(Connection c, String propertyId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM outbox_edit WHERE property_id = ? "
                + "AND state IN ('PENDING', 'SENDING') ORDER BY queue_order, id", propertyId);
    }

    /** The first edit in line that may be sent now. */
    Optional<Edit> nextDue(Connection c, Instant now) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM outbox_edit e WHERE " + HEAD_OF_PROPERTY
                + " AND e.next_attempt_at <= ? ORDER BY e.queue_order, e.id LIMIT 1", now.toEpochMilli())
                .stream().findFirst();
    }

    /** The properties of PENDING edits in line order, each once, at most {@code limit}. */
    List<String> waitingProperties(Connection c, int limit) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT property_id FROM outbox_edit WHERE state = 'PENDING' "
                + "GROUP BY property_id ORDER BY MIN(queue_order) LIMIT ?")) {
            select.setInt(1, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) ids.add(rows.getString(1));
            }
            return ids;
        }
    }

    /** When the earliest edit that is next for its property may be sent; empty if none is waiting. */
    Optional<Instant> nextDueTime(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT MIN(e.next_attempt_at) FROM outbox_edit e WHERE " + HEAD_OF_PROPERTY);
             ResultSet rows = select.executeQuery()) {
            long millis = rows.next() ? rows.getLong(1) : 0;
            return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
        }
    }

    /** A queue position behind every edit. */
    long orderAtBack(Connection c) throws SQLException {
        return scalar(c, "SELECT COALESCE(MAX(queue_order), 0) + 1 FROM outbox_edit");
    }

    /** A queue position ahead of every waiting or in-flight edit. */
    long orderAtFront(Connection c) throws SQLException {
        return scalar(c, "SELECT COALESCE(MIN(queue_order), 1) - 1 FROM outbox_edit WHERE state IN ('PENDING', 'SENDING')");
    }

    Map<EditState, Integer> countByState(Connection c) throws SQLException {
        Map<EditState, Integer> counts = new EnumMap<>(EditState.class);
        try (Statement select = c.createStatement();
             ResultSet rows = select.executeQuery("SELECT state, COUNT(*) FROM outbox_edit GROUP BY state")) {
            while (rows.next()) counts.put(EditState.valueOf(rows.getString(1)), rows.getInt(2));
        }
        return counts;
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement select = c.createStatement(); ResultSet rows = select.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<Edit> query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) select.setObject(i + 1, parameters[i]);
            List<Edit> edits = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) edits.add(read(rows));
            }
            return edits;
        }
    }

    private Edit read(ResultSet row) throws SQLException {
        EditError error = ErrorColumns.read(row);
        long applied = row.getLong("applied_at");
        Instant appliedAt = row.wasNull() ? null : Instant.ofEpochMilli(applied);
        String conflict = row.getString("conflict_json");
        return new Edit(row.getLong("id"), row.getString("property_id"), row.getString("property_name"),
                json.read(row.getString("baseline_json")), json.read(row.getString("changes_json")),
                EditState.valueOf(row.getString("state")), row.getInt("attempts"), row.getInt("faults"), error,
                Instant.ofEpochMilli(row.getLong("next_attempt_at")), Instant.ofEpochMilli(row.getLong("created_at")),
                Instant.ofEpochMilli(row.getLong("updated_at")), appliedAt, row.getLong("queue_order"),
                row.getString("source"), row.getLong("batch_id"), conflict == null ? Map.of() : json.read(conflict));
    }
}
