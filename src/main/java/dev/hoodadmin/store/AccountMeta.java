package dev.hoodadmin.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Small facts learned about the account's server, kept by key in the account's data file. Off the JavaFX thread. */
public final class AccountMeta {
    private final Database database;

    public AccountMeta(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM account_meta WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        database.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO account_meta (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                return upsert.executeUpdate();
            }
        });
    }
}
