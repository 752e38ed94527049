package dev.hoodadmin.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.ProfileProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the {@code outbox_create} table. No rules here: callers run these inside a {@code Database} transaction. */
final class CreationRepository {
    private static final String COLUMNS = "id, label, data_type, values_json, state, attempts, faults, property_json, "
            + "error_kind, error_status, error_title, error_message, error_trace_id, next_attempt_at, created_at, updated_at";

    private final FieldMapJson fields;
    private final ObjectMapper json;

    CreationRepository(ObjectMapper mapper) {
        this.fields = new FieldMapJson(mapper);
        this.json = mapper;
    }

    Creation insert(Connection c, NewProperty request, Instant now) throws SQLException {
        String sql = "INSERT INTO outbox_create (label, data_type, values_json, state, next_attempt_at, created_at, "
                + "updated_at) VALUES (?,?,?,'PENDING',?,?,?)";
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, request.label());
            insert.setString(2, request.dataType());
            insert.setString(3, fields.write(request.values()));
            insert.setLong(4, now.toEpochMilli());
            insert.setLong(5, now.toEpochMilli());
            insert.setLong(6, now.toEpochMilli());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return find(c, keys.getLong(1)).orElseThrow();
            }
        }
    }

    /** Writes every column that can change after the row was added. */
    void update(Connection c, Creation creation) throws SQLException {
        String sql = "UPDATE outbox_create SET state = ?, attempts = ?, faults = ?, property_id = ?, property_json = ?, "
                + "error_kind = ?, error_status = ?, error_title = ?, error_message = ?, error_trace_id = ?, "
                + "next_attempt_at = ?, updated_at = ? WHERE id = ?";
        try (PreparedStatement update = c.prepareStatement(sql)) {
            update.setString(1, creation.state().name());
            update.setInt(2, creation.attempts());
            update.setInt(3, creation.faults());
            update.setString(4, creation.propertyId());
            update.setString(5, creation.created() == null ? null : write(creation.created()));
            ErrorColumns.bind(update, 6, creation.lastError());
            update.setLong(11, creation.nextAttemptAt().toEpochMilli());
            update.setLong(12, creation.updatedAt().toEpochMilli());
            update.setLong(13, creation.id());
            if (update.executeUpdate() != 1) throw new SQLException("Creation " + creation.id() + " is no longer stored");
        }
    }

    void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM outbox_create WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    Optional<Creation> find(Connection c, long id) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM outbox_create WHERE id = ?", id).stream().findFirst();
    }

    /** The oldest pending creation due by {@code now}. */
    Optional<Creation> nextDue(Connection c, Instant now) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM outbox_create WHERE state = 'PENDING' AND next_attempt_at <= ? "
                + "ORDER BY id LIMIT 1", now.toEpochMilli()).stream().findFirst();
    }

    Optional<Instant> nextDueTime(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT MIN(next_attempt_at) FROM outbox_create WHERE state = 'PENDING'");
             ResultSet row = select.executeQuery()) {
            row.next();
            long millis = row.getLong(1);
            return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
        }
    }

    boolean anyActive(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT 1 FROM outbox_create WHERE state IN ('PENDING', 'SENDING') LIMIT 1");
             ResultSet row = select.executeQuery()) {
            return row.next();
        }
    }

    List<Creation> all(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM outbox_create ORDER BY id");
    }

    List<Creation> inState(Connection c, CreationState state) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM outbox_create WHERE state = ? ORDER BY id", state.name());
    }

    /** Creations not finished that carry this label (a label is unique in the account). */
    List<Creation> activeWithLabel(Connection c, String label) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM outbox_create WHERE label = ? AND state IN ('PENDING', 'SENDING') "
                + "ORDER BY id", label);
    }

    private List<Creation> query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) select.setObject(i + 1, parameters[i]);
            try (ResultSet rows = select.executeQuery()) {
                List<Creation> found = new ArrayList<>();
                while (rows.next()) found.add(read(rows));
                return found;
            }
        }
    }

    private Creation read(ResultSet row) throws SQLException {
        EditError error = ErrorColumns.read(row);
        String created = row.getString("property_json");
        return new Creation(row.getLong("id"),
                new NewProperty(row.getString("label"), row.getString("data_type"), fields.read(row.getString("values_json"))),
                CreationState.valueOf(row.getString("state")), row.getInt("attempts"), row.getInt("faults"),
                created == null ? null : readProperty(created), error,
                Instant.ofEpochMilli(row.getLong("next_attempt_at")), Instant.ofEpochMilli(row.getLong("created_at")),
                Instant.ofEpochMilli(row.getLong("updated_at")));
    }

    private String write(ProfileProperty property) throws SQLException {
        try {
            return json.writeValueAsString(property);
        } catch (JsonProcessingException e) {
            throw new SQLException("Could not store the created property", e);
        }
    }

    private ProfileProperty readProperty(String text) throws SQLException {
        try {
            return json.readValue(text, ProfileProperty.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("A stored created property cannot be read", e);
        }
    }
}
