package dev.hoodadmin.outbox;

import dev.hoodadmin.api.UpdatableField;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The worker's side of the outbox: claiming the next edit and recording how its PATCH went. Each step is
 * committed before the next one starts, so a crash at any point leaves the edit PENDING or SENDING,
 * never lost; SENDING edits are sent again on start (a PATCH with the same body is idempotent).
 */
final class SendQueue {
    private static final System.Logger LOG = System.getLogger(SendQueue.class.getName());
    private final EditLedger ledger;
    private final Clock clock;

    SendQueue(EditLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Marks the next due edit SENDING (durably) and returns it; empty when nothing may be sent now. */
    Optional<Edit> claimNextDue() {
        return ledger.changeUnrefusable((c, repository, announce) -> {
            Instant now = clock.instant();
            Optional<Edit> next = repository.nextDue(c, now);
            if (next.isEmpty()) return Optional.empty();
            Edit sending = next.get().sending(now);
            repository.update(c, sending);
            announce.add(new OutboxEvent.EditUpdated(sending, EditState.PENDING));
            return Optional.of(sending);
        });
    }

    /** The properties of waiting edits, in the order they are in line, at most {@code limit}. */
    List<String> waitingProperties(int limit) {
        return ledger.read(c -> ledger.repository().waitingProperties(c, limit));
    }

    /**
     * Some fields of an edit being sent were changed elsewhere ({@code theirs}: the server's values). Those
     * fields stop as a CONFLICT edit for the person to decide; the others go on being sent. Returns the edit
     * to send, empty when every field conflicted.
     */
    Optional<Edit> conflicted(Edit sending, Map<UpdatableField, String> theirs) {
        return ledger.changeUnrefusable((c, repository, announce) -> {
            Optional<Edit> stored = repository.find(c, sending.id());
            if (stored.isEmpty() || stored.get().state() != EditState.SENDING) return Optional.empty();
            Instant now = clock.instant();
            Edit edit = stored.get();
            if (theirs.keySet().containsAll(edit.changedFields())) {
                Edit conflict = edit.conflicted(theirs, now);
                repository.update(c, conflict);
                announce.add(new OutboxEvent.EditUpdated(conflict, EditState.SENDING));
                return Optional.empty();
            }
            Map<UpdatableField, String> rest = new EnumMap<>(edit.changes());
            Map<UpdatableField, String> mine = new EnumMap<>(UpdatableField.class);
            theirs.keySet().forEach(field -> mine.put(field, rest.remove(field)));
            Edit split = repository.insert(c, edit.withValues(edit.baseline(), mine, now).conflicted(theirs, now));
            announce.add(new OutboxEvent.EditEnqueued(split));
            Edit remaining = edit.withValues(edit.baseline(), rest, now);
            repository.update(c, remaining);
            announce.add(new OutboxEvent.EditUpdated(remaining, EditState.SENDING));
            return Optional.of(remaining);
        });
    }

    /** When the earliest waiting edit may go; empty when nothing waits. */
    Optional<Instant> nextDueTime() {
        return ledger.read(c -> ledger.repository().nextDueTime(c));
    }

    boolean hasActiveEdits() {
        return EditCounts.from(ledger.read(c -> ledger.repository().countByState(c))).active() > 0;
    }

    /** Edits left SENDING by a crash or a quit go back to the front of the line, in their order. */
    int recoverInterrupted() {
        return ledger.changeUnrefusable((c, repository, announce) -> {
            List<Edit> interrupted = repository.inState(c, EditState.SENDING);
            Instant now = clock.instant();
            for (int i = interrupted.size() - 1; i >= 0; i--) {
                Edit edit = interrupted.get(i);
                Edit waiting = edit.waiting(edit.lastError(), edit.faults(), now, repository.orderAtFront(c), now);
                repository.update(c, waiting);
                announce.add(new OutboxEvent.EditUpdated(waiting, EditState.SENDING));
            }
            return interrupted.size();
        });
    }

    /** The server accepted it: APPLIED, and its journal entries, in one transaction. */
    void applied(Edit sending) {
        finish(sending, (c, repository, stored, now) -> {
            Edit applied = stored.applied(now);
            ChangeJournal.record(c, applied, null); // Hood's 204 carries no trace id
            return applied;
        });
    }

    /** The server refused it (400): REJECTED, and the edits made over it start from what it started from. */
    void rejected(Edit sending, EditError error) {
        finish(sending, (c, repository, stored, now) -> stored.stopped(EditState.REJECTED, error, stored.faults(), now),
                SendQueue::startBehindFromItsBaseline);
    }

    /**
     * An edit made while {@code refused} was on the wire started from its values, which the screen showed. The
     * server never took them, so those fields start again from what {@code refused} started from: the server
     * still holding that value is the person's own, not a change made elsewhere (not a conflict). A field left
     * equal to its new baseline is dropped, and an edit with none left is removed, as a set-back is.
     */
    private static void startBehindFromItsBaseline(Connection c, OutboxRepository repository,
                                                   List<OutboxEvent> announce, Edit refused, Instant now)
            throws SQLException {
        for (Edit behind : repository.activeFor(c, refused.propertyId())) {
            Map<UpdatableField, String> baseline = new EnumMap<>(UpdatableField.class);
            baseline.putAll(behind.baseline());
            refused.changes().forEach((field, value) -> {
                if (EditValues.same(field, behind.baselineOf(field), value)) baseline.put(field, refused.baselineOf(field));
            });
            if (baseline.equals(behind.baseline())) continue;
            Map<UpdatableField, String> changes = EditValues.changesAgainst(baseline, behind.changes());
            if (changes.isEmpty()) {
                repository.delete(c, behind.id());
                announce.add(new OutboxEvent.EditRemoved(behind));
            } else {
                Edit rebased = behind.withValues(baseline, changes, now);
                repository.update(c, rebased);
                announce.add(new OutboxEvent.EditUpdated(rebased, behind.state()));
            }
        }
    }

    void failed(Edit sending, EditError error, int faults) {
        finish(sending, (c, repository, stored, now) -> stored.stopped(EditState.FAILED, error, faults, now));
    }

    /** Back to PENDING after a fault, not before {@code notBefore}, keeping its place in line. */
    void retryLater(Edit sending, EditError error, int faults, Instant notBefore) {
        finish(sending, (c, repository, stored, now) ->
                stored.waiting(error, faults, notBefore, stored.queueOrder(), now));
    }

    /**
     * Back to PENDING first in line, not before {@code notBefore} (a 429: the wait the server asked for is
     * stored on the edit with the reason, so the person sees why and until when).
     */
    void backAtFront(Edit sending, EditError error, Instant notBefore) {
        finish(sending, (c, repository, stored, now) ->
                stored.waiting(error, stored.faults(), notBefore, repository.orderAtFront(c), now));
    }

    /** Back to PENDING first in line without an answer (the worker was stopped mid-request). */
    void returnUnanswered(Edit sending) {
        finish(sending, (c, repository, stored, now) ->
                stored.waiting(stored.lastError(), stored.faults(), now, repository.orderAtFront(c), now));
    }

    /** Back to PENDING in its place, due now (the token was refused; the queue pauses). */
    void backInPlace(Edit sending, EditError error) {
        finish(sending, (c, repository, stored, now) ->
                stored.waiting(error, stored.faults(), now, stored.queueOrder(), now));
    }

    void announce(OutboxEvent event) {
        ledger.announce(event);
    }

    @FunctionalInterface
    private interface Outcome {
        Edit apply(Connection c, OutboxRepository repository, Edit stored, Instant now) throws SQLException;
    }

    /** What else changes with an edit's outcome, in the same transaction (after the edit itself). */
    @FunctionalInterface
    private interface FollowUp {
        void run(Connection c, OutboxRepository repository, List<OutboxEvent> announce, Edit finished, Instant now)
                throws SQLException;
    }

    private void finish(Edit sending, Outcome outcome) {
        finish(sending, outcome, (c, repository, announce, finished, now) -> { });
    }

    private void finish(Edit sending, Outcome outcome, FollowUp followUp) {
        ledger.changeUnrefusable((c, repository, announce) -> {
            Optional<Edit> stored = repository.find(c, sending.id());
            if (stored.isEmpty() || stored.get().state() != EditState.SENDING) {
                // only another process sharing the file could have done this; its record stands
                LOG.log(System.Logger.Level.WARNING, "Edit " + sending.id() + " was changed elsewhere while it was sent");
                return null;
            }
            Instant now = clock.instant();
            Edit finished = outcome.apply(c, repository, stored.get(), now);
            repository.update(c, finished);
            announce.add(new OutboxEvent.EditUpdated(finished, EditState.SENDING));
            followUp.run(c, repository, announce, finished, now);
            return null;
        });
    }
}
