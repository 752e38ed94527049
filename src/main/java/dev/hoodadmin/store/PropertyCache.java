package dev.hoodadmin.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.hoodadmin.api.ProfileProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The account's properties as last read from the server, kept in the account's data file so the next window
 * shows them at once and asks the server only for what changed. Each property is stored as the API's JSON, in
 * the server's order. Only what the server sent is stored: never a token. Slow for big lists (disk and JSON):
 * call it off the JavaFX thread.
 */
public final class PropertyCache {
    /** Every kept row in the server's order; an index on the position hands over the first without sorting all. */
    static final String READ_IN_ORDER = "SELECT id, json FROM property_cache ORDER BY position";

    /** Bumped when the stored JSON changes shape, so an older copy is read again from the server, not trusted. */
    static final int FORMAT = 1;
    private static final int BATCH_SIZE = 500;
    private static final System.Logger LOG = System.getLogger(PropertyCache.class.getName());

    private final Database database;
    private final Clock clock;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    public PropertyCache(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        ObjectMapper mapper = new ObjectMapper();
        this.reader = mapper.readerFor(ProfileProperty.class);
        this.writer = mapper.writerFor(ProfileProperty.class);
    }

    /** Makes the copy exactly {@code properties}, in this order (rows no longer there vanish), in one transaction. */
    public void replaceAll(List<ProfileProperty> properties) {
        database.write(c -> {
            try (Statement clear = c.createStatement()) {
                clear.executeUpdate("DELETE FROM property_cache");
            }
            insert(c, properties, 0);
            stamp(c);
            return null;
        });
    }

    /** Puts each property in place of the stored one with its id (keeping its position); new ids go at the end. */
    public void upsert(List<ProfileProperty> properties) {
        if (properties.isEmpty()) return;
        database.write(c -> {
            insert(c, properties, nextPosition(c));
            stamp(c);
            return null;
        });
    }

    /**
     * Every stored property in the stored order. A row that cannot be read is left out (and logged by id), and
     * a copy written in another format counts as empty: the caller reads from the server instead.
     */
    public List<ProfileProperty> loadAll() {
        return loadAll(0, first -> { });
    }

    /**
     * As {@link #loadAll()}, and hands the first {@code firstCount} rows to {@code firstRows} as soon as they are
     * read (not called when fewer are stored), so a window can show them while the rest is read.
     */
    public List<ProfileProperty> loadAll(int firstCount, Consumer<List<ProfileProperty>> firstRows) {
        return database.read(c -> {
            if (storedFormat(c).orElse(FORMAT) != FORMAT) return List.of();
            List<ProfileProperty> properties = new ArrayList<>();
            try (Statement select = c.createStatement();
                 ResultSet rows = select.executeQuery(READ_IN_ORDER)) {
                boolean handedOver = false;
                while (rows.next()) {
                    parse(rows.getString(1), rows.getString(2)).ifPresent(properties::add);
                    if (!handedOver && firstCount > 0 && properties.size() == firstCount) {
                        firstRows.accept(List.copyOf(properties));
                        handedOver = true;
                    }
                }
            }
            return properties;
        });
    }

    /** When the copy was last written from a read of the server; empty if never. */
    /** The stored property with this id, if there is a readable one. */
    public Optional<ProfileProperty> find(String id) {
        return database.read(c -> {
            if (storedFormat(c).orElse(FORMAT) != FORMAT) return Optional.empty();
            try (PreparedStatement select = c.prepareStatement("SELECT json FROM property_cache WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? parse(id, row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public Optional<Instant> readAt() {
        return database.read(c -> {
            try (Statement select = c.createStatement();
                 ResultSet row = select.executeQuery("SELECT read_at FROM cache_meta WHERE id = 1")) {
                return row.next() ? Optional.of(Instant.ofEpochMilli(row.getLong(1))) : Optional.empty();
            }
        });
    }

    /** Inserts in batches; an id already stored keeps its position and takes the new JSON. */
    private void insert(Connection c, List<ProfileProperty> properties, long firstPosition) throws SQLException {
        String sql = "INSERT INTO property_cache (id, json, position) VALUES (?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET json = excluded.json";
        long position = firstPosition;
        int pending = 0;
        int withoutId = 0;
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (ProfileProperty property : properties) {
                if (property.id() == null) {
                    withoutId++; // cannot be matched to a later read; the server always sends ids
                    continue;
                }
                insert.setString(1, property.id());
                insert.setString(2, toJson(property));
                insert.setLong(3, position++);
                insert.addBatch();
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) insert.executeBatch();
        }
        if (withoutId > 0) LOG.log(System.Logger.Level.WARNING, withoutId + " properties without an id were not cached");
    }

    private static long nextPosition(Connection c) throws SQLException {
        try (Statement select = c.createStatement();
             ResultSet row = select.executeQuery("SELECT COALESCE(MAX(position) + 1, 0) FROM property_cache")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void stamp(Connection c) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO cache_meta (id, format, read_at) VALUES (1, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET format = excluded.format, read_at = excluded.read_at")) {
            upsert.setInt(1, FORMAT);
            upsert.setLong(2, clock.millis());
            upsert.executeUpdate();
        }
    }

    private static Optional<Integer> storedFormat(Connection c) throws SQLException {
        try (Statement select = c.createStatement();
             ResultSet row = select.executeQuery("SELECT format FROM cache_meta WHERE id = 1")) {
            return row.next() ? Optional.of(row.getInt(1)) : Optional.empty();
        }
    }

    private String toJson(ProfileProperty property) {
        try {
            return writer.writeValueAsString(property);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write property " + property.id() + " as JSON", e);
        }
    }

    private Optional<ProfileProperty> parse(String id, String json) {
        try {
            return Optional.ofNullable(reader.readValue(json));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Skipped the unreadable cached property " + id
                    + " (it is read again from the server): " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
