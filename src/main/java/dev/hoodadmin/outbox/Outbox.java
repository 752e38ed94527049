package dev.hoodadmin.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.store.Database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import static dev.hoodadmin.outbox.EditRefusedException.Reason;

/**
 * The durable queue of edits and its rules, as the person (UI or CLI) uses it. Every change is committed
 * to the data file before the method returns, so nothing typed is lost on a quit or a crash.
 * Sending is the {@link OutboxWorker}'s job.
 *
 * <p>Merging: edits waiting for one property merge into one, carrying only the fields that differ from
 * what the person saw before editing; setting a field back drops it, and an edit with no field left is
 * removed. An edit made while the property's PATCH is in flight waits as a separate edit behind it.
 */
public final class Outbox {
    /** The longest value an edit takes (see {@link EditValues#MAX_VALUE_CHARS}). */
    public static final int MAX_VALUE_CHARS = EditValues.MAX_VALUE_CHARS;
    static final String SYSTEM_REFUSAL = "System properties are defined by Hood and cannot be changed";
    static final String CONFLICT_CHOICE = "Changed on the server since you loaded it: keep yours (send anyway) "
            + "or take theirs";

    private final EditLedger ledger;
    private final Clock clock;
    private final SendQueue sendQueue;
    private final Creations creations;

    public Outbox(Database database, Clock clock) {
        OutboxEvents events = new OutboxEvents();
        this.ledger = new EditLedger(database, new OutboxRepository(new ObjectMapper()), events);
        this.clock = clock;
        this.sendQueue = new SendQueue(ledger, clock);
        this.creations = new Creations(ledger, new CreationRepository(new ObjectMapper()), clock);
    }

    /** The custom properties queued for creation, sent by the same worker and heard by the same listeners. */
    public Creations creations() {
        return creations;
    }

    /** Runs several enqueues as one durable transaction (one disk flush instead of one per edit), safely
     *  beside the worker. */
    public <T> T inOneTransaction(Supplier<T> changes) {
        return ledger.batch(changes);
    }

    /**
     * Queues the person's new values for a property. {@code current} is the property as the person saw
     * it before editing; only fields whose value differs are kept.
     *
     * @throws EditRefusedException for a system property, no fields, a flag other than "0"/"1", or no id
     */
    public EditResult enqueue(ProfileProperty current, Map<UpdatableField, String> newValues)
            throws EditRefusedException {
        return enqueue(current, newValues, null);
    }

    /**
     * As {@link #enqueue(ProfileProperty, Map)}, as part of {@code batch} (one undo step; null for none). An edit
     * still waiting for the property takes the values and the newest batch: it goes out as one PATCH.
     */
    public EditResult enqueue(ProfileProperty current, Map<UpdatableField, String> newValues, EditBatch batch)
            throws EditRefusedException {
        Objects.requireNonNull(current, "current");
        if (current.isSystem()) throw new EditRefusedException(Reason.SYSTEM_PROPERTY, SYSTEM_REFUSAL);
        if (current.id() == null || current.id().isBlank()) {
            throw new EditRefusedException(Reason.NO_PROPERTY_ID, "This property has no id, so it cannot be changed");
        }
        EditValues.validate(newValues);
        Map<UpdatableField, String> wanted = new EnumMap<>(newValues);
        return ledger.change((c, repository, announce) -> {
            Instant now = clock.instant();
            List<Edit> active = repository.activeFor(c, current.id());
            Optional<Edit> target = active.stream().filter(e -> e.state() == EditState.PENDING)
                    .max(Comparator.comparingLong(Edit::queueOrder));
            // what the server will have once the edits ahead of this one land
            Map<UpdatableField, String> baseline = EditValues.snapshot(current);
            baseline.putAll(EditValues.overlay(active.stream()
                    .filter(e -> target.isEmpty() || e.queueOrder() < target.get().queueOrder()).toList()));
            Map<UpdatableField, String> all = new EnumMap<>(UpdatableField.class);
            target.ifPresent(t -> {
                t.changedFields().forEach(field -> baseline.put(field, t.baselineOf(field)));
                all.putAll(t.changes());
            });
            all.putAll(wanted);
            Map<UpdatableField, String> changes = EditValues.changesAgainst(baseline, all);
            target.ifPresent(t -> keepSetBacksTheServerLacks(t, wanted, EditValues.snapshot(current), baseline, changes));
            supersedeFailed(c, repository, announce, current.id(), wanted.keySet());

            if (target.isEmpty()) {
                if (changes.isEmpty()) return new EditResult.NoChange();
                Edit created = repository.insert(c, new Edit(0, current.id(), EditValues.displayName(current),
                        baseline, changes, EditState.PENDING, 0, 0, null, now, now, now, null,
                        repository.orderAtBack(c), sourceOf(batch), batch == null ? 0 : batch.idIn(c, now), Map.of()));
                announce.add(new OutboxEvent.EditEnqueued(created));
                return new EditResult.Queued(created);
            }
            Edit merged = batch == null ? target.get() : target.get().inBatch(batch.source(), batch.idIn(c, now));
            return updateOrWithdraw(c, repository, announce, merged, baseline, changes, merged.queueOrder(), now);
        });
    }

    /**
     * Corrects an edit (typically one the server rejected): the given fields take the given values, the
     * others keep theirs, and the edit waits to be sent again. A field set back to its baseline is dropped.
     */
    public EditResult replaceValues(long editId, Map<UpdatableField, String> newValues) throws EditRefusedException {
        EditValues.validate(newValues);
        Map<UpdatableField, String> corrected = new EnumMap<>(newValues);
        return ledger.change((c, repository, announce) -> {
            Edit stored = existing(c, repository, editId);
            if (stored.state() == EditState.SENDING || stored.state() == EditState.APPLIED) {
                throw notNow(stored, "changed");
            }
            // a correction of a conflict is made over the server's value, which the person now sees
            Edit edit = stored.state() == EditState.CONFLICT ? stored.rebasedOntoTheirs() : stored;
            Map<UpdatableField, String> all = new EnumMap<>(UpdatableField.class);
            all.putAll(edit.changes());
            all.putAll(corrected);
            Map<UpdatableField, String> changes = EditValues.changesAgainst(edit.baseline(), all);
            long order = edit.state() == EditState.PENDING ? edit.queueOrder() : repository.orderAtBack(c);
            return updateOrWithdraw(c, repository, announce, edit, edit.baseline(), changes, order, clock.instant());
        });
    }

    /**
     * A field set back to the queued edit's baseline may be dropped only while the server may still hold that
     * baseline. The person may see the queued value (the screen shows queued values) — but once the edit was
     * sent, its answer may have been lost after the server applied it; and a third value means someone else
     * changed it. Dropping the field then would leave the server at a value the person did not choose: it is sent.
     */
    private static void keepSetBacksTheServerLacks(Edit target, Map<UpdatableField, String> wanted,
                                                   Map<UpdatableField, String> seen, Map<UpdatableField, String> baseline,
                                                   Map<UpdatableField, String> changes) {
        wanted.forEach((field, value) -> {
            String shown = seen.get(field);
            boolean onlyTheQueuedValueShown = target.attempts() == 0
                    && EditValues.same(field, shown, target.changes().get(field));
            if (target.changedFields().contains(field) && !changes.containsKey(field)
                    && !EditValues.same(field, value, shown) && !onlyTheQueuedValueShown) {
                baseline.put(field, shown);
                changes.put(field, value);
            }
        });
    }

    private EditResult updateOrWithdraw(Connection c, OutboxRepository repository, List<OutboxEvent> announce,
                                        Edit edit, Map<UpdatableField, String> baseline,
                                        Map<UpdatableField, String> changes, long order, Instant now)
            throws SQLException {
        if (changes.isEmpty()) {
            repository.delete(c, edit.id());
            announce.add(new OutboxEvent.EditRemoved(edit));
            return new EditResult.Withdrawn(edit);
        }
        boolean corrected = edit.state() != EditState.PENDING;
        Edit updated = edit.withValues(baseline, changes, now);
        if (corrected) updated = updated.waiting(null, 0, now, order, now);
        repository.update(c, updated);
        announce.add(new OutboxEvent.EditUpdated(updated, edit.state()));
        return new EditResult.Updated(updated);
    }

    /**
     * Sends an edit again: a FAILED one goes back in line with a fresh retry budget (its faults reset);
     * a PENDING one waiting out a backoff is sent as soon as possible. A REJECTED one must be corrected first
     * ({@link #replaceValues}) or explicitly resent unchanged ({@link #resendUnchanged}).
     */
    public Edit retry(long editId) throws EditRefusedException {
        return ledger.change((c, repository, announce) -> {
            Edit edit = existing(c, repository, editId);
            Instant now = clock.instant();
            Edit again = switch (edit.state()) {
                case FAILED -> {
                    // every field set again by a newer edit: the edit is removed, nothing is retried
                    Optional<Edit> kept = withoutSuperseded(c, repository, announce, edit);
                    yield kept.isEmpty() ? null : kept.get().freshStart(repository.orderAtBack(c), now);
                }
                case PENDING -> edit.waiting(edit.lastError(), edit.faults(), now, edit.queueOrder(), now);
                case REJECTED -> throw new EditRefusedException(Reason.NEEDS_CORRECTION, "The server rejected "
                        + "this edit" + (edit.lastError() == null ? "" : " (" + edit.lastError().summary() + ")")
                        + ". Correct the values before sending it again.");
                case CONFLICT -> throw new EditRefusedException(Reason.NEEDS_CORRECTION, CONFLICT_CHOICE);
                case SENDING, APPLIED -> throw notNow(edit, "retried");
            };
            if (again == null) return edit;
            repository.update(c, again);
            announce.add(new OutboxEvent.EditUpdated(again, edit.state()));
            return again;
        });
    }

    /**
     * Puts every FAILED edit back in line with a fresh retry budget, in the order they were in line; the
     * recovery after an outage ({@code resume --retry-failed}, "Retry all failed"). A field a newer edit of the
     * property sets is left out (sent after it, the older value would win); an edit left with none is removed.
     * REJECTED edits stay: the server refused their values. Returns the edits put back, as they are now.
     */
    public List<Edit> retryAllFailed() {
        return ledger.changeUnrefusable((c, repository, announce) -> {
            List<Edit> again = new ArrayList<>();
            for (Edit failed : repository.inState(c, EditState.FAILED)) {
                Optional<Edit> kept = withoutSuperseded(c, repository, announce, failed);
                if (kept.isEmpty()) continue;
                Edit pending = kept.get().freshStart(repository.orderAtBack(c), clock.instant());
                repository.update(c, pending);
                announce.add(new OutboxEvent.EditUpdated(pending, EditState.FAILED));
                again.add(pending);
            }
            return again;
        });
    }

    /**
     * A FAILED edit loses the fields the person has set again since: retried later, it would land after the newer
     * value and put the older one back. One left with no field is removed.
     */
    private void supersedeFailed(Connection c, OutboxRepository repository, List<OutboxEvent> announce,
                                 String propertyId, Set<UpdatableField> setAgain) throws SQLException {
        for (Edit failed : repository.inState(c, EditState.FAILED)) {
            if (failed.propertyId().equals(propertyId)) withoutFields(c, repository, announce, failed, setAgain);
        }
    }

    /**
     * The edit about to be retried, without the fields a newer edit of its property in the outbox sets (a retry
     * must never put an older value back); empty, and removed, when no field is left.
     */
    private Optional<Edit> withoutSuperseded(Connection c, OutboxRepository repository, List<OutboxEvent> announce,
                                             Edit edit) throws SQLException {
        Set<UpdatableField> newer = EnumSet.noneOf(UpdatableField.class);
        for (Edit other : repository.all(c)) {
            if (other.propertyId().equals(edit.propertyId()) && other.id() > edit.id()) newer.addAll(other.changedFields());
        }
        if (newer.isEmpty()) return Optional.of(edit);
        withoutFields(c, repository, announce, edit, newer);
        return repository.find(c, edit.id());
    }

    /** Drops {@code newer}'s fields from the edit; removes it when none is left. */
    private void withoutFields(Connection c, OutboxRepository repository, List<OutboxEvent> announce, Edit edit,
                               Set<UpdatableField> newer) throws SQLException {
        Map<UpdatableField, String> left = new EnumMap<>(edit.changes());
        left.keySet().removeAll(newer);
        if (left.size() == edit.changes().size()) return;
        if (left.isEmpty()) {
            repository.delete(c, edit.id());
            announce.add(new OutboxEvent.EditRemoved(edit));
        } else {
            Edit narrowed = edit.withValues(edit.baseline(), left, clock.instant());
            repository.update(c, narrowed);
            announce.add(new OutboxEvent.EditUpdated(narrowed, edit.state()));
        }
    }

    /**
     * Sends a FAILED or REJECTED edit again exactly as it is, with a fresh retry budget (faults reset), at the back of the
     * line: for a person who judged the refusal temporary (e.g. a 400 caused by the server's own fault).
     */
    public Edit resendUnchanged(long editId) throws EditRefusedException {
        return ledger.change((c, repository, announce) -> {
            Edit edit = existing(c, repository, editId);
            if (!edit.state().needsAttention()) {
                throw new EditRefusedException(Reason.WRONG_STATE, "Only a failed or rejected edit can be resent; the edit to "
                        + edit.propertyName() + " is " + edit.state().name().toLowerCase(Locale.ROOT));
            }
            Edit base = edit.state() == EditState.CONFLICT ? edit.rebasedOntoTheirs() : edit;
            Edit again = base.freshStart(repository.orderAtBack(c), clock.instant());
            repository.update(c, again);
            announce.add(new OutboxEvent.EditUpdated(again, edit.state()));
            return again;
        });
    }

    /**
     * Keep mine: sends a CONFLICT edit anyway, over the value the server has now (the edit's baseline becomes
     * the server's value, so the check before sending lets it through unless the value changes once more).
     */
    public Edit keepMine(long editId) throws EditRefusedException {
        requireConflict(editId);
        return resendUnchanged(editId);
    }

    /**
     * Take theirs: drops a CONFLICT edit, leaving the server's value. Returns it as it was; its
     * {@link Edit#conflict()} holds the server's values for the views to show.
     */
    public Edit takeTheirs(long editId) throws EditRefusedException {
        requireConflict(editId);
        return discard(editId);
    }

    private void requireConflict(long editId) throws EditRefusedException {
        Edit edit = find(editId).orElseThrow(() -> new EditRefusedException(Reason.NO_SUCH_EDIT,
                "There is no edit " + editId + " (it may have been discarded)"));
        if (edit.state() != EditState.CONFLICT) {
            throw new EditRefusedException(Reason.WRONG_STATE, "The edit to " + edit.propertyName()
                    + " is not in conflict; it is " + edit.state().name().toLowerCase(Locale.ROOT));
        }
    }

    /** Removes an edit that is not in flight. Returns it as it was. */
    public Edit discard(long editId) throws EditRefusedException {
        return ledger.change((c, repository, announce) -> {
            Edit edit = existing(c, repository, editId);
            if (edit.state() == EditState.SENDING) throw notNow(edit, "discarded");
            repository.delete(c, edit.id());
            announce.add(new OutboxEvent.EditRemoved(edit));
            return edit;
        });
    }

    /** Removes every applied edit from the list. Returns how many. */
    public int clearApplied() {
        return ledger.changeUnrefusable((c, repository, announce) -> {
            List<Edit> applied = repository.inState(c, EditState.APPLIED);
            for (Edit edit : applied) {
                repository.delete(c, edit.id());
                announce.add(new OutboxEvent.EditRemoved(edit));
            }
            return applied.size();
        });
    }

    public Optional<Edit> find(long editId) {
        return ledger.read(c -> ledger.repository().find(c, editId));
    }

    /** Every edit, oldest first. */
    public List<Edit> list() {
        return ledger.read(c -> ledger.repository().all(c));
    }

    /** The edits in one state, in the order they are (or were) in line. */
    public List<Edit> list(EditState state) {
        return ledger.read(c -> ledger.repository().inState(c, state));
    }

    /** The FAILED, REJECTED and CONFLICT edits (those waiting for the person to retry, correct or discard), in line order. */
    public List<Edit> needingAttention() {
        return ledger.read(c -> {
            List<Edit> stopped = new ArrayList<>(ledger.repository().inState(c, EditState.FAILED));
            stopped.addAll(ledger.repository().inState(c, EditState.REJECTED));
            stopped.addAll(ledger.repository().inState(c, EditState.CONFLICT));
            stopped.sort(Comparator.comparingLong(Edit::queueOrder).thenComparingLong(Edit::id));
            return List.copyOf(stopped);
        });
    }

    /** The property's pending and in-flight edits, in the order they will reach the server. */
    public List<Edit> activeEditsFor(String propertyId) {
        return ledger.read(c -> ledger.repository().activeFor(c, propertyId));
    }

    /** The values the property will have once its queued edits land (only the fields they change). */
    public Map<UpdatableField, String> queuedValues(String propertyId) {
        return EditValues.overlay(activeEditsFor(propertyId));
    }

    public EditCounts counts() {
        return EditCounts.from(ledger.read(c -> ledger.repository().countByState(c)));
    }

    public void addListener(OutboxListener listener) {
        ledger.events().add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(OutboxListener listener) {
        ledger.events().remove(listener);
    }

    private static String sourceOf(EditBatch batch) {
        return batch == null ? Edit.UNSPECIFIED_SOURCE : batch.source();
    }

    SendQueue sendQueue() {
        return sendQueue;
    }

    private static Edit existing(Connection c, OutboxRepository repository, long editId)
            throws SQLException, EditRefusedException {
        return repository.find(c, editId).orElseThrow(() -> new EditRefusedException(Reason.NO_SUCH_EDIT,
                "There is no edit " + editId + " (it may have been discarded)"));
    }

    private static EditRefusedException notNow(Edit edit, String what) {
        String why = edit.state() == EditState.SENDING
                ? "is being sent right now; it can be " + what + " once the server has answered"
                : "was already applied; make a new edit instead";
        return new EditRefusedException(Reason.WRONG_STATE, "The edit to " + edit.propertyName() + " " + why);
    }
}
