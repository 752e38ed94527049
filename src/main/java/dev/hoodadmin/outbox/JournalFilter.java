package dev.hoodadmin.outbox;

import dev.hoodadmin.api.UpdatableField;

import java.time.Instant;

/**
 * Which journal entries to show; a null (or 0 batch) part matches everything.
 *
 * @param propertyId exact id
 * @param field      one field
 * @param source     text the source contains (case-insensitive), e.g. "paste" or "bulk"
 * @param batchId    one batch
 * @param from       applied at or after
 * @param until      applied before
 */
public record JournalFilter(String propertyId, UpdatableField field, String source, long batchId,
                            Instant from, Instant until) {

    public static JournalFilter all() {
        return new JournalFilter(null, null, null, 0, null, null);
    }

    public JournalFilter property(String id) {
        return new JournalFilter(id, field, source, batchId, from, until);
    }

    public JournalFilter field(UpdatableField only) {
        return new JournalFilter(propertyId, only, source, batchId, from, until);
    }

    public JournalFilter source(String contains) {
        return new JournalFilter(propertyId, field, contains, batchId, from, until);
    }

    public JournalFilter batch(long id) {
        return new JournalFilter(propertyId, field, source, id, from, until);
    }

    public JournalFilter between(Instant start, Instant end) {
        return new JournalFilter(propertyId, field, source, batchId, start, end);
    }
}
