package dev.hoodadmin.outbox;

import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.UpdatableField;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.hoodadmin.outbox.EditRefusedException.Reason;

/**
 * The durable queue of custom properties to create, beside the edits in the same data file. Each creation is
 * committed before the call returns and is sent once by the {@link OutboxWorker}: a POST is not idempotent, so
 * a request whose answer never came is followed by a look for its label, never by a blind resend.
 */
public final class Creations {
    private final EditLedger ledger;
    private final CreationRepository repository;
    private final Clock clock;

    Creations(EditLedger ledger, CreationRepository repository, Clock clock) {
        this.ledger = ledger;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Queues the properties in one transaction: all or none.
     *
     * @throws EditRefusedException naming the first one without a label, with an undocumented data type, a flag
     *                              other than 0/1, or a label already queued (here or earlier)
     */
    public List<Creation> enqueue(List<NewProperty> properties) throws EditRefusedException {
        Set<String> labels = new HashSet<>();
        for (NewProperty property : properties) {
            check(property);
            if (!labels.add(property.label())) throw alreadyQueued(property.label());
        }
        return ledger.change((c, ignored, announce) -> {
            Instant now = clock.instant();
            List<Creation> queued = new ArrayList<>();
            for (NewProperty property : properties) {
                queued.add(insert(c, property, now, announce));
            }
            return queued;
        });
    }

    public Creation enqueue(NewProperty property) throws EditRefusedException {
        return enqueue(List.of(property)).get(0);
    }

    /**
     * Queues a property corrected from a refused or failed one and removes that one, in one transaction: the
     * person's correction replaces it (it is not removed if it changed state meanwhile).
     */
    public Creation enqueueInstead(long stopped, NewProperty property) throws EditRefusedException {
        check(property);
        return ledger.change((c, ignored, announce) -> {
            Optional<Creation> old = repository.find(c, stopped);
            if (old.isPresent() && old.get().state().isStopped()) repository.delete(c, stopped);
            return insert(c, property, clock.instant(), announce);
        });
    }

    /** Adds a waiting creation unless one of the same label is already queued (then refuses). */
    private Creation insert(Connection c, NewProperty property, Instant now, List<OutboxEvent> announce)
            throws SQLException, EditRefusedException {
        if (!repository.activeWithLabel(c, property.label()).isEmpty()) throw alreadyQueued(property.label());
        Creation creation = repository.insert(c, property, now);
        announce.add(new OutboxEvent.CreationUpdated(creation, null));
        return creation;
    }

    /** Every creation, oldest first, finished ones included. */
    public List<Creation> list() {
        return ledger.read(repository::all);
    }

    public Optional<Creation> find(long id) {
        return ledger.read(c -> repository.find(c, id));
    }

    /** True while a creation waits or is in flight. */
    public boolean hasActive() {
        return ledger.read(repository::anyActive);
    }

    /** Labels of the creations not finished yet (a new label must differ from these too). */
    public Set<String> activeLabels() {
        Set<String> labels = new HashSet<>();
        for (Creation creation : list()) {
            if (creation.state().isActive()) labels.add(creation.label());
        }
        return labels;
    }

    /**
     * Sends a failed creation again (fresh retries). It still looks for its label first when an earlier
     * request may have landed.
     */
    public Creation retry(long id) throws EditRefusedException {
        return ledger.change((c, ignored, announce) -> {
            Creation creation = repository.find(c, id)
                    .orElseThrow(() -> new EditRefusedException(Reason.NO_SUCH_EDIT, "No such creation: " + id));
            if (creation.state() != CreationState.FAILED) {
                throw new EditRefusedException(Reason.WRONG_STATE, "Only a failed creation can be retried; this one is "
                        + creation.state().name().toLowerCase(java.util.Locale.ROOT));
            }
            return again(c, creation, announce);
        });
    }

    /** {@link #retry} for every failed creation, in one transaction; returns them as they wait now. */
    public List<Creation> retryAllFailed() {
        return ledger.changeUnrefusable((c, ignored, announce) -> {
            List<Creation> waiting = new ArrayList<>();
            for (Creation creation : repository.inState(c, CreationState.FAILED)) {
                waiting.add(again(c, creation, announce));
            }
            return waiting;
        });
    }

    private Creation again(Connection c, Creation failed, List<OutboxEvent> announce) throws SQLException {
        Instant now = clock.instant();
        Creation waiting = failed.waiting(failed.lastError(), 0, now, now);
        repository.update(c, waiting);
        announce.add(new OutboxEvent.CreationUpdated(waiting, failed.state()));
        return waiting;
    }

    /** Refused and failed creations (the ones that wait for the person), oldest first. */
    public List<Creation> stopped() {
        return list().stream().filter(creation -> creation.state().isStopped()).toList();
    }

    /** Removes this creation if it was refused or failed: it is never sent. Returns it if it was removed. */
    public Optional<Creation> discardStopped(long id) {
        return ledger.changeUnrefusable((c, ignored, announce) -> {
            Optional<Creation> stopped = repository.find(c, id).filter(creation -> creation.state().isStopped());
            if (stopped.isPresent()) repository.delete(c, id);
            return stopped;
        });
    }

    /** Removes the refused and failed creations with this label: they are never sent. Returns them. */
    public List<Creation> discardStopped(String label) {
        return ledger.changeUnrefusable((c, ignored, announce) -> {
            List<Creation> removed = new ArrayList<>();
            for (Creation creation : repository.all(c)) {
                if (creation.state().isStopped() && creation.label().equals(label)) {
                    repository.delete(c, creation.id());
                    removed.add(creation);
                }
            }
            return removed;
        });
    }

    // --- the worker's side ---

    /** Marks the oldest due creation SENDING (durably, attempts counted) and returns it. */
    Optional<Creation> claimNextDue() {
        return ledger.changeUnrefusable((c, ignored, announce) -> {
            Optional<Creation> next = repository.nextDue(c, clock.instant());
            if (next.isEmpty()) return Optional.empty();
            Creation sending = next.get().sending(clock.instant());
            repository.update(c, sending);
            announce.add(new OutboxEvent.CreationUpdated(sending, CreationState.PENDING));
            return Optional.of(sending);
        });
    }

    Optional<Instant> nextDueTime() {
        return ledger.read(repository::nextDueTime);
    }

    /** Creations a crash or a quit left in flight wait again; their next attempt looks for the label first. */
    int recoverInterrupted() {
        return ledger.changeUnrefusable((c, ignored, announce) -> {
            List<Creation> interrupted = repository.inState(c, CreationState.SENDING);
            Instant now = clock.instant();
            for (Creation creation : interrupted) {
                Creation waiting = creation.waiting(creation.lastError(), creation.faults(), now, now);
                repository.update(c, waiting);
                announce.add(new OutboxEvent.CreationUpdated(waiting, CreationState.SENDING));
            }
            return interrupted.size();
        });
    }

    void record(Creation sending, Outcome outcome) {
        ledger.changeUnrefusable((c, ignored, announce) -> {
            Optional<Creation> stored = repository.find(c, sending.id());
            if (stored.isEmpty() || stored.get().state() != CreationState.SENDING) return null; // changed elsewhere
            Creation finished = outcome.apply(stored.get(), clock.instant());
            repository.update(c, finished);
            announce.add(new OutboxEvent.CreationUpdated(finished, CreationState.SENDING));
            return null;
        });
    }

    void announce(OutboxEvent event) {
        ledger.announce(event);
    }

    @FunctionalInterface
    interface Outcome {
        Creation apply(Creation stored, Instant now);
    }

    private static void check(NewProperty property) throws EditRefusedException {
        if (property.label().isBlank()) {
            throw new EditRefusedException(Reason.INVALID_VALUE, "A new property needs a label");
        }
        if (!NewProperty.DATA_TYPES.contains(property.dataType())) {
            throw new EditRefusedException(Reason.INVALID_VALUE, "Data type of '" + property.label() + "' must be one of "
                    + String.join(", ", NewProperty.DATA_TYPES) + ", not '" + property.dataType() + "'");
        }
        for (Map.Entry<UpdatableField, String> value : property.values().entrySet()) {
            if (value.getKey().isFlag() && !"0".equals(value.getValue()) && !"1".equals(value.getValue())) {
                throw new EditRefusedException(Reason.INVALID_VALUE, value.getKey().wireName() + " of '"
                        + property.label() + "' must be 0 or 1, not '" + value.getValue() + "'");
            }
            if (value.getValue() == null) {
                throw new EditRefusedException(Reason.INVALID_VALUE, value.getKey().wireName() + " of '"
                        + property.label() + "' has no value");
            }
        }
    }

    private static EditRefusedException alreadyQueued(String label) {
        return new EditRefusedException(Reason.INVALID_VALUE, "A property labelled '" + label + "' is already queued");
    }
}
