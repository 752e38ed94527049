package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.testing.TestClock;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A real outbox on a real SQLite file, a scripted API, a test clock and a worker sleeping in virtual time. */
final class OutboxHarness implements AutoCloseable {
    static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    final Path file;
    /** The worker sleeps in virtual time: a wait until a moment moves the clock there at once. */
    final TestClock clock = TestClock.autoAdvancing(START);
    final ScriptedApi api = new ScriptedApi(clock);
    final List<OutboxEvent> events = new CopyOnWriteArrayList<>();
    /** No jitter, so delays are exact: 1 s, 2 s, 4 s … 60 s; 8 attempts. */
    final RetryPolicy retryPolicy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 8, 0.0, new Random(7));
    Database database;
    Outbox outbox;
    OutboxWorker worker;

    OutboxHarness(Path directory) {
        this.file = directory.resolve("hood-admin.db");
        open();
    }

    private void open() {
        database = Database.open(file, AppSchema.current());
        outbox = new Outbox(database, clock);
        outbox.addListener(events::add);
        worker = new OutboxWorker(outbox, api, retryPolicy, clock, clock);
    }

    /** Closes everything and opens the same file again, as after a quit or a crash. */
    void reopen() {
        close();
        events.clear();
        open();
    }

    DrainResult drain() throws InterruptedException {
        worker.start();
        return worker.awaitDrained();
    }

    Edit enqueue(ProfileProperty property, Map<UpdatableField, String> values) throws EditRefusedException {
        EditResult result = outbox.enqueue(property, values);
        if (result instanceof EditResult.Queued queued) return queued.edit();
        if (result instanceof EditResult.Updated updated) return updated.edit();
        throw new AssertionError("expected the edit to be queued, got " + result);
    }

    Edit stored(long editId) {
        return outbox.find(editId).orElseThrow(() -> new AssertionError("edit " + editId + " is gone"));
    }

    Edit onlyEdit() {
        List<Edit> all = outbox.list();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @SuppressWarnings("unchecked")
    <T extends OutboxEvent> List<T> eventsOf(Class<T> type) {
        return (List<T>) events.stream().filter(type::isInstance).toList();
    }

    @Override
    public void close() {
        worker.stop();
        database.close();
    }
}
