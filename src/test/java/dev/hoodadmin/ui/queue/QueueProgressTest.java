package dev.hoodadmin.ui.queue;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPage;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.outbox.OutboxEvent;
import dev.hoodadmin.outbox.OutboxWorker;
import dev.hoodadmin.outbox.RetryPolicy;
import dev.hoodadmin.ratelimit.BudgetSnapshot;
import dev.hoodadmin.ratelimit.BudgetView;
import dev.hoodadmin.ratelimit.RateLimitHeaders;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.testing.TestClock;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.edits.EditCommands;
import dev.hoodadmin.ui.edits.EditsState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's progress text while the real worker waits, on a real outbox, in the test clock's time (no real
 * 8 s or 30 s waits): the backoff after a 500, a {@code Retry-After: 30}, the pause for sign-in, and an edit that
 * failed is not counted as sent.
 */
class QueueProgressTest {
    private static final ProfileProperty PROPERTY = FakePropertyApi.sample(3).get(1); // a custom property
    /** The budget's schedule: one second per request, so the figures below are easy to follow. */
    private static final BudgetView ONE_SECOND_EACH = new BudgetView() {
        @Override
        public BudgetSnapshot snapshot() {
            return BudgetView.UNKNOWN.snapshot();
        }

        @Override
        public Duration estimateDuration(int requests) {
            return Duration.ofSeconds(requests);
        }
    };

    @TempDir
    Path folder;
    private final TestClock clock = TestClock.manual();
    private final ScriptedServer server = new ScriptedServer();
    private final Queue<OutboxEvent> events = new ConcurrentLinkedQueue<>();
    private final EditsState edits = new EditsState();
    private Database database;
    private Outbox outbox;
    private OutboxWorker worker;
    private QueueViewModel queue;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("outbox.db"), AppSchema.current());
        outbox = new Outbox(database, clock);
        outbox.addListener(events::add);
        // no jitter: the first backoff is exactly 8 s
        worker = new OutboxWorker(outbox, server, new RetryPolicy(Duration.ofSeconds(8), Duration.ofSeconds(60), 3, 0.0,
                new Random(1)), clock, clock);
        queue = new QueueViewModel(edits, new EditCommands(outbox, BackgroundTasks.sameThread()), ONE_SECOND_EACH,
                worker.clock(), message -> { }, edit -> { });
    }

    @AfterEach
    void close() {
        worker.stop();
        database.close();
    }

    @Test
    void theEtaCountsTheBackoffAfterAServerErrorAndARetryAfterPause() throws Exception {
        server.answer(new ApiError(ApiErrorKind.SERVER_ERROR, 500, "Internal server error.", null, "t-500", null));
        outbox.enqueue(PROPERTY, Map.of(UpdatableField.EXAMPLE, "north"));
        worker.start();
        awaitEdit(edit -> edit.lastError() != null && edit.lastError().status() == 500);

        assertThat(progressText()).isEqualTo("0 of 1 sent — waiting 8 s after a server error, about 9 s left");
        clock.advance(Duration.ofSeconds(3));
        assertThat(progressText()).isEqualTo("0 of 1 sent — waiting 5 s after a server error, about 6 s left");

        server.answer(new ApiError(ApiErrorKind.RATE_LIMITED, 429, "Too many requests.", null, "t-429", 30L));
        clock.advance(Duration.ofSeconds(5));
        awaitEdit(edit -> edit.lastError() != null && edit.lastError().status() == 429);

        assertThat(progressText()).isEqualTo("0 of 1 sent — waiting 30 s: the server asked, about 31 s left");
        assertThat(queue.progressProperty().get()).isZero();

        server.answer(null);
        clock.advance(Duration.ofSeconds(30));
        awaitEdit(edit -> edit.state() == EditState.APPLIED);
        assertThat(progressText()).isEqualTo("1 of 1 sent");
        assertThat(queue.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void aRefusedTokenShowsThePauseInsteadOfAnEta() throws Exception {
        server.answer(new ApiError(ApiErrorKind.UNAUTHORIZED, 401, "Unauthorized.", null, "t-401", null));
        outbox.enqueue(PROPERTY, Map.of(UpdatableField.EXAMPLE, "north"));
        worker.start();
        awaitEvent(event -> event instanceof OutboxEvent.QueuePausedForCredentials);

        assertThat(progressText()).isEqualTo("0 of 1 sent — paused: sign in again");
    }

    @Test
    void aFailedEditIsNotCountedAsSentAndTheBarIsNotFull() throws Exception {
        ProfileProperty other = FakePropertyApi.sample(3).get(2);
        // the other property was deleted elsewhere: 404 fails its edit at once (kept for the person to decide)
        server.answer(other.id(), new ApiError(ApiErrorKind.NOT_FOUND, 404, "Not found.", null, "t-404", null));
        outbox.enqueue(PROPERTY, Map.of(UpdatableField.EXAMPLE, "north"));
        outbox.enqueue(other, Map.of(UpdatableField.EXAMPLE, "south"));
        assertThat(progressText()).isEqualTo("0 of 2 sent — about 2 s left");

        worker.start();
        awaitEdit(edit -> edit.propertyId().equals(PROPERTY.id()) && edit.state() == EditState.APPLIED);
        awaitEdit(edit -> edit.propertyId().equals(other.id()) && edit.state() == EditState.FAILED);

        assertThat(progressText()).isEqualTo("1 of 2 sent, 1 not sent");
        assertThat(queue.progressProperty().get()).isEqualTo(0.5);
    }

    /** The outbox's events so far handed to the views' state (as the bridge does), then the text as shown. */
    private String progressText() {
        List<OutboxEvent> batch = new ArrayList<>();
        for (OutboxEvent event; (event = events.poll()) != null; ) batch.add(event);
        edits.apply(batch);
        queue.tick();
        return queue.progressTextProperty().get();
    }

    private void awaitEdit(Predicate<Edit> condition) throws InterruptedException {
        awaitEvent(event -> event instanceof OutboxEvent.EditUpdated updated && condition.test(updated.edit()));
    }

    private void awaitEvent(Predicate<OutboxEvent> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (events.stream().noneMatch(condition)) {
            if (System.nanoTime() > deadline) throw new AssertionError("the worker never got there; events: " + events);
            Thread.sleep(10);
        }
    }

    /**
     * A server whose PATCHes all answer one scripted error, or succeed; its reads (the check before sending)
     * always succeed, as the read's own retries would wait in real time.
     */
    private static final class ScriptedServer implements PropertyApi {
        private volatile ApiError error;
        private final Map<String, ApiError> errorsById = new java.util.concurrent.ConcurrentHashMap<>();

        void answer(ApiError nextError) {
            this.error = nextError;
        }

        void answer(String propertyId, ApiError always) {
            errorsById.put(propertyId, always);
        }

        @Override
        public PropertyPage list(ListQuery query) {
            return new PropertyPage(2, FakePropertyApi.sample(3).subList(1, 3), RateLimitHeaders.none(200));
        }

        @Override
        public RateLimitHeaders patch(String id, Map<UpdatableField, String> changes) throws HoodApiException {
            ApiError now = errorsById.getOrDefault(id, error);
            if (now != null) throw new HoodApiException(now);
            return RateLimitHeaders.none(204);
        }

        @Override
        public Optional<ProfileProperty> create(NewProperty property) {
            throw new UnsupportedOperationException("no creations here");
        }
    }
}
