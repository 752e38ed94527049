package dev.hoodadmin.store;

/**
 * The Hood Admin data file's schema. One list for the whole file, because SQLite keeps a single
 * {@code user_version}; a later feature adds its tables as migration 2, 3… and never edits an old one.
 */
public final class AppSchema {
    private AppSchema() {
    }

    public static Schema current() {
        return new Schema(java.util.List.of(outbox(), propertyCache(), stagedEdits(), changeJournal(), creations(),
                accountMeta(), keptCopyOrder()));
    }

    /**
     * Edits waiting to be sent, being sent, or finished. Field maps are JSON objects keyed by the API's
     * field names; times are epoch milliseconds (UTC).
     */
    private static Migration outbox() {
        return Migration.of(1, """
                CREATE TABLE outbox_edit (
                    id              INTEGER PRIMARY KEY AUTOINCREMENT,
                    property_id     TEXT    NOT NULL,
                    property_name   TEXT,
                    baseline_json   TEXT    NOT NULL,
                    changes_json    TEXT    NOT NULL,
                    state           TEXT    NOT NULL
                        CHECK (state IN ('PENDING', 'SENDING', 'APPLIED', 'REJECTED', 'FAILED')),
                    queue_order     INTEGER NOT NULL,
                    attempts        INTEGER NOT NULL DEFAULT 0,
                    faults          INTEGER NOT NULL DEFAULT 0,
                    error_kind      TEXT,
                    error_status    INTEGER,
                    error_title     TEXT,
                    error_message   TEXT,
                    error_trace_id  TEXT,
                    next_attempt_at INTEGER NOT NULL,
                    created_at      INTEGER NOT NULL,
                    updated_at      INTEGER NOT NULL,
                    applied_at      INTEGER
                )""",
                "CREATE INDEX outbox_edit_by_state ON outbox_edit (state, queue_order)",
                "CREATE INDEX outbox_edit_by_property ON outbox_edit (property_id, state, queue_order)");
    }

    /**
     * The account's properties as last read from the server, so a window opens without reading every page
     * again. {@code json} is one property as the API describes it; {@code position} keeps the server's order.
     * One {@code cache_meta} row says when the copy was last brought up to date and in which format.
     */
    private static Migration propertyCache() {
        return Migration.of(2, """
                CREATE TABLE property_cache (
                    id       TEXT    NOT NULL PRIMARY KEY,
                    json     TEXT    NOT NULL,
                    position INTEGER NOT NULL
                )""",
                """
                CREATE TABLE cache_meta (
                    id      INTEGER PRIMARY KEY CHECK (id = 1),
                    format  INTEGER NOT NULL,
                    read_at INTEGER NOT NULL
                )""");
    }

    /**
     * Rows of an edits file checked but not yet in the outbox (their properties' current values are read
     * first); kept so a failed read loses nothing.
     */
    private static Migration stagedEdits() {
        return Migration.of(3, """
                CREATE TABLE staged_edit (
                    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
                    source      TEXT    NOT NULL,
                    line        INTEGER NOT NULL,
                    property_id TEXT    NOT NULL,
                    field       TEXT    NOT NULL,
                    value       TEXT    NOT NULL
                )""");
    }

    /**
     * The change journal: one row per field change the server accepted, written in the transaction that marks
     * its edit APPLIED and never removed with the queue ({@code UNIQUE (edit_id, field)}: a resent edit cannot be
     * journaled twice). Edits now carry their batch (one undo step: a grid edit, a paste, a bulk edit, an import,
     * an undo) with its source, and may stop as CONFLICT with the server's values ({@code conflict_json}); the
     * state CHECK allows that only in a rebuilt table. Rows queued before this version get the source
     * "earlier version" and no batch.
     */
    private static Migration changeJournal() {
        return Migration.of(4, """
                CREATE TABLE edit_batch (
                    id           INTEGER PRIMARY KEY AUTOINCREMENT,
                    source       TEXT    NOT NULL,
                    undoes_batch INTEGER REFERENCES edit_batch (id),
                    created_at   INTEGER NOT NULL
                )""",
                """
                CREATE TABLE outbox_edit_v4 (
                    id              INTEGER PRIMARY KEY AUTOINCREMENT,
                    property_id     TEXT    NOT NULL,
                    property_name   TEXT,
                    baseline_json   TEXT    NOT NULL,
                    changes_json    TEXT    NOT NULL,
                    state           TEXT    NOT NULL
                        CHECK (state IN ('PENDING', 'SENDING', 'APPLIED', 'REJECTED', 'FAILED', 'CONFLICT')),
                    queue_order     INTEGER NOT NULL,
                    attempts        INTEGER NOT NULL DEFAULT 0,
                    faults          INTEGER NOT NULL DEFAULT 0,
                    error_kind      TEXT,
                    error_status    INTEGER,
                    error_title     TEXT,
                    error_message   TEXT,
                    error_trace_id  TEXT,
                    next_attempt_at INTEGER NOT NULL,
                    created_at      INTEGER NOT NULL,
                    updated_at      INTEGER NOT NULL,
                    applied_at      INTEGER,
                    source          TEXT    NOT NULL DEFAULT 'earlier version',
                    batch_id        INTEGER REFERENCES edit_batch (id),
                    conflict_json   TEXT
                )""",
                """
                INSERT INTO outbox_edit_v4 (id, property_id, property_name, baseline_json, changes_json, state,
                    queue_order, attempts, faults, error_kind, error_status, error_title, error_message, error_trace_id,
                    next_attempt_at, created_at, updated_at, applied_at)
                SELECT id, property_id, property_name, baseline_json, changes_json, state,
                    queue_order, attempts, faults, error_kind, error_status, error_title, error_message, error_trace_id,
                    next_attempt_at, created_at, updated_at, applied_at FROM outbox_edit""",
                "DROP TABLE outbox_edit",
                "ALTER TABLE outbox_edit_v4 RENAME TO outbox_edit",
                "CREATE INDEX outbox_edit_by_state ON outbox_edit (state, queue_order)",
                "CREATE INDEX outbox_edit_by_property ON outbox_edit (property_id, state, queue_order)",
                """
                CREATE TABLE change_journal (
                    id            INTEGER PRIMARY KEY AUTOINCREMENT,
                    edit_id       INTEGER NOT NULL,
                    property_id   TEXT    NOT NULL,
                    property_name TEXT,
                    field         TEXT    NOT NULL,
                    before_value  TEXT,
                    after_value   TEXT,
                    applied_at    INTEGER NOT NULL,
                    source        TEXT    NOT NULL,
                    batch_id      INTEGER,
                    undoes_entry  INTEGER REFERENCES change_journal (id),
                    trace_id      TEXT,
                    UNIQUE (edit_id, field)
                )""",
                "CREATE INDEX change_journal_by_property ON change_journal (property_id, applied_at)",
                "CREATE INDEX change_journal_by_batch ON change_journal (batch_id)");
    }

    /**
     * Custom properties waiting to be created, being created, or finished. A POST is not idempotent, so
     * {@code attempts} says whether a request may already have landed: a row with attempts left unanswered
     * looks for its label on the server before it is sent again. {@code property_json} is the created
     * property as the server described it; times are epoch milliseconds (UTC).
     */
    private static Migration creations() {
        return Migration.of(5, """
                CREATE TABLE outbox_create (
                    id              INTEGER PRIMARY KEY AUTOINCREMENT,
                    label           TEXT    NOT NULL,
                    data_type       TEXT    NOT NULL,
                    values_json     TEXT    NOT NULL,
                    state           TEXT    NOT NULL
                        CHECK (state IN ('PENDING', 'SENDING', 'CREATED', 'REJECTED', 'FAILED')),
                    attempts        INTEGER NOT NULL DEFAULT 0,
                    faults          INTEGER NOT NULL DEFAULT 0,
                    property_id     TEXT,
                    property_json   TEXT,
                    error_kind      TEXT,
                    error_status    INTEGER,
                    error_title     TEXT,
                    error_message   TEXT,
                    error_trace_id  TEXT,
                    next_attempt_at INTEGER NOT NULL,
                    created_at      INTEGER NOT NULL,
                    updated_at      INTEGER NOT NULL
                )""",
                "CREATE INDEX outbox_create_by_state ON outbox_create (state, next_attempt_at, id)");
    }

    /**
     * Small facts about the account learned from its server, one value per key (e.g. the largest list page the
     * server serves), so the next session starts from what this one found out.
     */
    private static Migration accountMeta() {
        return Migration.of(6, """
                CREATE TABLE account_meta (
                    key   TEXT NOT NULL PRIMARY KEY,
                    value TEXT NOT NULL
                )""");
    }

    /**
     * The kept copy read in its order without sorting it first: without an index SQLite sorted every row (100,000
     * rows, their JSON included) before handing over the first, so the window's first rows waited for the whole
     * copy to be read.
     */
    private static Migration keptCopyOrder() {
        return Migration.of(7, "CREATE INDEX property_cache_by_position ON property_cache (position)");
    }
}
