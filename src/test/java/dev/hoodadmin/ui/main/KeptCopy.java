package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.PropertyCache;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** A real kept copy (the account's SQLite data file in a temporary folder), seeded with rows. */
final class KeptCopy implements AutoCloseable {
    private final Database database;
    final PropertyCache cache;

    KeptCopy(Path folder, List<ProfileProperty> kept) {
        database = Database.open(folder.resolve("outbox.db"), AppSchema.current());
        cache = new PropertyCache(database, Clock.systemUTC());
        if (!kept.isEmpty()) cache.replaceAll(kept);
    }

    List<ProfileProperty> rows() {
        return cache.loadAll();
    }

    /** As if the data file were damaged: every later read or write fails. */
    void damage() {
        database.close();
    }

    @Override
    public void close() {
        database.close();
    }
}
