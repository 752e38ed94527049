package dev.hoodadmin.store;

import java.util.List;

/** The statements that bring the schema from {@code version - 1} to {@code version}. */
public record Migration(int version, List<String> statements) {
    public Migration {
        if (version < 1) throw new IllegalArgumentException("Migration versions start at 1, not " + version);
        statements = List.copyOf(statements);
        if (statements.isEmpty()) throw new IllegalArgumentException("Migration " + version + " has no statements");
    }

    public static Migration of(int version, String... statements) {
        return new Migration(version, List.of(statements));
    }
}
