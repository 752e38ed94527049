package dev.hoodadmin.outbox;

import dev.hoodadmin.api.UpdatableField;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * One change to one property, as stored in the outbox. {@code changes} holds only the fields that differ
 * from {@code baseline} (what the person saw before editing) and is exactly what the PATCH sends.
 * Values are text; flags are "0"/"1"; a baseline value may be null when the server did not say.
 *
 * @param propertyName  the label (or target) at the time of editing, for lists and reports
 * @param attempts      how many times sending started
 * @param faults        server or network faults so far; drives the backoff and the retry limit
 * @param lastError     why the last attempt did not succeed; null when none did fail or after success
 * @param nextAttemptAt a pending edit is not sent before this moment
 * @param appliedAt     when the server accepted it; null until then
 * @param queueOrder    lower goes first; edits to one property are always sent in this order
 * @param source        where it came from (grid, paste, bulk edit, import of FILE…), for the journal
 * @param batchId       the undo step it belongs to (0: none)
 * @param conflict      for a CONFLICT edit: the server's values of the fields changed elsewhere since the baseline
 */
public record Edit(long id, String propertyId, String propertyName,
                   Map<UpdatableField, String> baseline, Map<UpdatableField, String> changes,
                   EditState state, int attempts, int faults, EditError lastError,
                   Instant nextAttemptAt, Instant createdAt, Instant updatedAt, Instant appliedAt,
                   long queueOrder, String source, long batchId, Map<UpdatableField, String> conflict) {

    public static final String UNSPECIFIED_SOURCE = "unspecified";

    public Edit {
        baseline = frozen(baseline);
        changes = frozen(changes);
        conflict = frozen(conflict == null ? Map.of() : conflict);
        source = source == null ? UNSPECIFIED_SOURCE : source;
    }

    /** An edit outside any batch (tests, and views that show edits they made up). */
    public Edit(long id, String propertyId, String propertyName,
                Map<UpdatableField, String> baseline, Map<UpdatableField, String> changes,
                EditState state, int attempts, int faults, EditError lastError,
                Instant nextAttemptAt, Instant createdAt, Instant updatedAt, Instant appliedAt, long queueOrder) {
        this(id, propertyId, propertyName, baseline, changes, state, attempts, faults, lastError, nextAttemptAt,
                createdAt, updatedAt, appliedAt, queueOrder, UNSPECIFIED_SOURCE, 0, Map.of());
    }

    private static Map<UpdatableField, String> frozen(Map<UpdatableField, String> values) {
        EnumMap<UpdatableField, String> copy = new EnumMap<>(UpdatableField.class);
        copy.putAll(values);
        return Collections.unmodifiableMap(copy);
    }

    public Set<UpdatableField> changedFields() {
        return changes.keySet();
    }

    /** The value the person saw for this field before editing (null if unknown). */
    public String baselineOf(UpdatableField field) {
        return baseline.get(field);
    }

    Edit withValues(Map<UpdatableField, String> newBaseline, Map<UpdatableField, String> newChanges, Instant now) {
        return new Edit(id, propertyId, propertyName, newBaseline, newChanges, state, attempts, faults, lastError,
                nextAttemptAt, createdAt, now, appliedAt, queueOrder, source, batchId, conflict);
    }

    /** Claimed for a PATCH: one more attempt. */
    Edit sending(Instant now) {
        return new Edit(id, propertyId, propertyName, baseline, changes, EditState.SENDING, attempts + 1, faults,
                lastError, nextAttemptAt, createdAt, now, appliedAt, queueOrder, source, batchId, conflict);
    }

    Edit applied(Instant now) {
        return new Edit(id, propertyId, propertyName, baseline, changes, EditState.APPLIED, attempts, faults,
                null, nextAttemptAt, createdAt, now, now, queueOrder, source, batchId, Map.of());
    }

    /** Stopped as REJECTED or FAILED, with the reason. */
    Edit stopped(EditState stoppedState, EditError error, int faultCount, Instant now) {
        return new Edit(id, propertyId, propertyName, baseline, changes, stoppedState, attempts, faultCount,
                error, nextAttemptAt, createdAt, now, appliedAt, queueOrder, source, batchId, conflict);
    }

    /**
     * Back to PENDING with a fresh retry budget (no faults, no error), at the given place in line. {@code attempts}
     * keeps counting every try, as the queue panel shows it.
     */
    Edit freshStart(long order, Instant now) {
        return waiting(null, 0, now, order, now);
    }

    /** Back to PENDING, not to be sent before {@code notBefore}, at the given place in line. */
    Edit waiting(EditError error, int faultCount, Instant notBefore, long order, Instant now) {
        return new Edit(id, propertyId, propertyName, baseline, changes, EditState.PENDING, attempts, faultCount,
                error, notBefore, createdAt, now, appliedAt, order, source, batchId, Map.of());
    }

    /** Stopped as CONFLICT: {@code theirs} holds the server's values of the fields changed elsewhere. */
    Edit conflicted(Map<UpdatableField, String> theirs, Instant now) {
        return new Edit(id, propertyId, propertyName, baseline, changes, EditState.CONFLICT, attempts, faults,
                null, nextAttemptAt, createdAt, now, appliedAt, queueOrder, source, batchId, theirs);
    }

    /** Now part of another batch (a newer action merged into it). */
    Edit inBatch(String newSource, long newBatchId) {
        return new Edit(id, propertyId, propertyName, baseline, changes, state, attempts, faults, lastError,
                nextAttemptAt, createdAt, updatedAt, appliedAt, queueOrder, newSource, newBatchId, conflict);
    }

    /** A CONFLICT edit as made over the server's current values: its baseline takes the values found there. */
    Edit rebasedOntoTheirs() {
        Map<UpdatableField, String> seen = new EnumMap<>(UpdatableField.class);
        seen.putAll(baseline);
        seen.putAll(conflict);
        return new Edit(id, propertyId, propertyName, seen, changes, state, attempts, faults, lastError,
                nextAttemptAt, createdAt, updatedAt, appliedAt, queueOrder, source, batchId, Map.of());
    }
}
