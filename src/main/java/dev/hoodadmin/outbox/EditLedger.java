package dev.hoodadmin.outbox;

import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.SqlWork;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Where every change to the stored edits goes through: one durable transaction, then its events. Changes
 * are serialized so listeners hear them in commit order, whichever thread made them (person or worker).
 */
final class EditLedger {
    private final Database database;
    private final OutboxRepository repository;
    private final OutboxEvents events;
    private final ReentrantLock order = new ReentrantLock();

    EditLedger(Database database, OutboxRepository repository, OutboxEvents events) {
        this.database = database;
        this.repository = repository;
        this.events = events;
    }

    /** A change's work: reads and writes through the repository, and records the events to publish after commit. */
    @FunctionalInterface
    interface ChangeWork<T> {
        T run(Connection connection, OutboxRepository repository, List<OutboxEvent> announce)
                throws SQLException, EditRefusedException;
    }

    <T> T change(ChangeWork<T> work) throws EditRefusedException {
        order.lock();
        try {
            List<OutboxEvent> announce = new ArrayList<>();
            T result = database.write(writeRefusing(work, announce));
            announce.forEach(events::publish);
            return result;
        } catch (RefusalCarrier carrier) {
            throw carrier.refusal;
        } finally {
            order.unlock();
        }
    }

    /**
     * Several changes as one durable transaction (one disk flush): the nested changes join it. Takes this
     * ledger's lock before the data file's, as every single change does, so it never waits on the worker
     * while the worker waits on it.
     */
    <T> T batch(Supplier<T> changes) {
        order.lock();
        try {
            return database.write(connection -> changes.get());
        } finally {
            order.unlock();
        }
    }

    /** For changes that cannot be refused (the worker's bookkeeping). */
    <T> T changeUnrefusable(ChangeWork<T> work) {
        try {
            return change(work);
        } catch (EditRefusedException e) {
            throw new IllegalStateException("Unexpected refusal: " + e.getMessage(), e);
        }
    }

    /** Publishes an event in line with the committed changes (for events that change no row). */
    void announce(OutboxEvent event) {
        order.lock();
        try {
            events.publish(event);
        } finally {
            order.unlock();
        }
    }

    <T> T read(SqlWork<T> work) {
        return database.read(work);
    }

    OutboxRepository repository() {
        return repository;
    }

    OutboxEvents events() {
        return events;
    }

    private <T> SqlWork<T> writeRefusing(ChangeWork<T> work, List<OutboxEvent> announce) {
        return connection -> {
            try {
                return work.run(connection, repository, announce);
            } catch (EditRefusedException e) {
                throw new RefusalCarrier(e); // unchecked, so the transaction rolls back
            }
        };
    }

    /** Carries a refusal out of the transaction (which rolls back on it). */
    private static final class RefusalCarrier extends RuntimeException {
        private final EditRefusedException refusal;

        RefusalCarrier(EditRefusedException refusal) {
            super(null, null, false, false);
            this.refusal = refusal;
        }
    }
}
