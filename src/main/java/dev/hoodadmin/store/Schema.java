package dev.hoodadmin.store;

import java.util.List;

/**
 * An ordered list of migrations, numbered 1, 2, 3… The file's {@code PRAGMA user_version} records how
 * many have run, so opening a file only runs the ones it has not seen yet.
 */
public record Schema(List<Migration> migrations) {
    public Schema {
        migrations = List.copyOf(migrations);
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("Migration number " + (i + 1) + " is numbered "
                        + migrations.get(i).version() + ": versions must be 1, 2, 3… without gaps");
            }
        }
    }

    public int latestVersion() {
        return migrations.size();
    }

    /** The migrations a file at {@code fileVersion} still needs, in order. */
    List<Migration> after(int fileVersion) {
        return migrations.subList(Math.min(fileVersion, migrations.size()), migrations.size());
    }
}
