package dev.hoodadmin.outbox;

import dev.hoodadmin.api.UpdatableField;

import java.time.Instant;

/**
 * One field change the server accepted, as the change journal keeps it.
 *
 * @param editId       the outbox edit that carried it (the queue may have been cleared since)
 * @param before       the value the person saw before editing (null if the server had none)
 * @param after        the value sent
 * @param appliedAt    when the server accepted it (or, for a value found already there, when that was seen)
 * @param source       where the change came from: grid, detail pane, paste, bulk edit, import of FILE, undo…
 * @param batchId      the undo step it belonged to; 0 for edits queued before batches existed
 * @param undoesEntry  the entry this change undid; 0 when it is not an undo
 * @param traceId      the server's trace id for the request, when it gave one (a 204 carries none)
 */
public record JournalEntry(long id, long editId, String propertyId, String propertyName, UpdatableField field,
                           String before, String after, Instant appliedAt, String source, long batchId,
                           long undoesEntry, String traceId) {

    /** The source as a person reads it: "bulk edit #12". */
    public String sourceLabel() {
        return batchId == 0 ? source : source + " #" + batchId;
    }

    public boolean isUndo() {
        return undoesEntry != 0;
    }
}
