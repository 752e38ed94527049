package dev.hoodadmin.ui.archfixture;

import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;

import java.nio.file.Path;

/** Deliberately wrong (see ArchitectureRulesBiteTest): a view opening the account's data file itself. */
public final class ViewThatOpensADatabase {
    public Database open(Path folder) {
        return Database.open(folder.resolve("outbox.db"), AppSchema.current());
    }
}
