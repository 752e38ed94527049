package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPage;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ratelimit.RateLimitHeaders;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** How the worker creates a property: once, looking for the label before any resend, on a real data file. */
class CreationSenderTest {
    @TempDir
    Path folder;
    private final TestClock clock = TestClock.autoAdvancing(Instant.parse("2025-03-01T09:00:00Z"));
    private final LabelServer server = new LabelServer();
    private Database database;
    private Outbox outbox;
    private OutboxWorker worker;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("outbox.db"), AppSchema.current());
        outbox = new Outbox(database, clock);
        worker = new OutboxWorker(outbox, server, new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(8), 5, 0.0,
                new Random(1)), clock, clock);
    }

    @AfterEach
    void close() {
        worker.stop();
        database.close();
    }

    private Creation only() {
        List<Creation> all = outbox.creations().list();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void aCreatedAnswerWithoutABodyIsReadBackByLabel() throws Exception {
        server.answers.add(Answer.CREATED_WITHOUT_BODY);
        outbox.creations().enqueue(new NewProperty("Region", "text", Map.of(UpdatableField.EXAMPLE, "north")));

        worker.start();
        assertThat(worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);

        assertThat(server.posts).containsExactly("Region");
        assertThat(only().state()).isEqualTo(CreationState.CREATED);
        assertThat(only().propertyId()).isEqualTo("2000001");
        assertThat(server.lookups).containsExactly("Region");
    }

    @Test
    void aLostAnswerIsFollowedByALookupThatAdoptsTheProperty() throws Exception {
        server.answers.add(Answer.CREATED_THEN_LOST);
        outbox.creations().enqueue(NewProperty.labelled("Lost once"));

        worker.start();
        assertThat(worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);

        assertThat(server.posts).as("never sent twice").containsExactly("Lost once");
        assertThat(server.labels).containsExactly("Lost once");
        assertThat(only().state()).isEqualTo(CreationState.CREATED);
        assertThat(only().propertyId()).isEqualTo("2000001");
    }

    @Test
    void aFaultThatCreatedNothingIsSentAgainAfterTheLookupFindsNothing() throws Exception {
        server.answers.add(Answer.FAIL_500);
        outbox.creations().enqueue(NewProperty.labelled("Retried"));

        worker.start();
        assertThat(worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);

        assertThat(server.posts).containsExactly("Retried", "Retried");
        assertThat(server.lookups).containsExactly("Retried");
        assertThat(server.labels).containsExactly("Retried");
        assertThat(only().attempts()).isEqualTo(2);
    }

    @Test
    void aCreationInFlightAtACrashLooksForItsLabelOnTheNextStartAndIsNotSentAgain() throws Exception {
        outbox.creations().enqueue(NewProperty.labelled("Crashed"));
        Creation sending = outbox.creations().claimNextDue().orElseThrow(); // the app died mid-POST ...
        server.labels.add("Crashed");                                       // ... after the server created it
        assertThat(sending.state()).isEqualTo(CreationState.SENDING);
        close();
        open();

        worker.start();
        assertThat(worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);

        assertThat(server.posts).isEmpty();
        assertThat(server.labels).containsExactly("Crashed");
        assertThat(only().state()).isEqualTo(CreationState.CREATED);
    }

    @Test
    void aRefusalIsKeptAndNotRetried() throws Exception {
        server.answers.add(Answer.REFUSE_400);
        outbox.creations().enqueue(NewProperty.labelled("Refused"));

        worker.start();
        assertThat(worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);

        assertThat(server.posts).containsExactly("Refused");
        assertThat(only().state()).isEqualTo(CreationState.REJECTED);
        assertThat(only().lastError().message()).isEqualTo("Bad label.");
    }

    private enum Answer { CREATED_WITHOUT_BODY, CREATED_THEN_LOST, FAIL_500, REFUSE_400 }

    /** A server that knows labels only: creates with ids from 2000001 and finds by {@code label=eq:}. */
    private static final class LabelServer implements PropertyApi {
        final Deque<Answer> answers = new ArrayDeque<>();
        final List<String> labels = new CopyOnWriteArrayList<>();
        final List<String> posts = new CopyOnWriteArrayList<>();
        final List<String> lookups = new CopyOnWriteArrayList<>();

        @Override
        public synchronized PropertyPage list(ListQuery query) {
            String label = query.filters().get(0).values().get(0);
            lookups.add(label);
            List<ProfileProperty> found = new ArrayList<>();
            if (labels.contains(label)) found.add(property(label));
            return new PropertyPage(found.size(), found, RateLimitHeaders.none(200));
        }

        @Override
        public synchronized Optional<ProfileProperty> create(NewProperty property) throws HoodApiException {
            posts.add(property.label());
            Answer answer = answers.isEmpty() ? null : answers.poll();
            if (answer == Answer.FAIL_500) {
                throw new HoodApiException(new ApiError(ApiErrorKind.SERVER_ERROR, 500, "Internal server error.", null, "t-1", null));
            }
            if (answer == Answer.REFUSE_400) {
                throw new HoodApiException(new ApiError(ApiErrorKind.BAD_REQUEST, 400, "Bad request.", "Bad label.", "t-2", null));
            }
            labels.add(property.label());
            if (answer == Answer.CREATED_THEN_LOST) throw new HoodApiException(ApiError.network("connection reset"));
            return answer == Answer.CREATED_WITHOUT_BODY ? Optional.empty() : Optional.of(property(property.label()));
        }

        @Override
        public RateLimitHeaders patch(String id, Map<UpdatableField, String> changes) {
            throw new UnsupportedOperationException("no edits here");
        }

        private ProfileProperty property(String label) {
            String id = Integer.toString(2_000_001 + labels.indexOf(label));
            return new ProfileProperty(id, null, null, label, "text", null, null, null, null, false, false, true, true, null, null);
        }
    }
}
