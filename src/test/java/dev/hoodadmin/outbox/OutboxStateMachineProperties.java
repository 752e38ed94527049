package dev.hoodadmin.outbox;

import java.util.Optional;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPage;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ratelimit.RateLimitHeaders;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.testing.TestClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of what happens to the outbox — edits (merging into queued ones or setting fields back),
 * sends that succeed, fail, are rate-limited or lose their answer after the server applied them, crashes in
 * the middle of a send, restarts — never lose or duplicate a change: once the queue is drained against a
 * healthy server, the server holds exactly the last value the person gave each field.
 */
class OutboxStateMachineProperties {
    private static final List<String> IDS = List.of("1", "2", "3");
    private static final List<UpdatableField> FIELDS = List.of(UpdatableField.DESCRIPTION, UpdatableField.EXAMPLE,
            UpdatableField.PI_DATA);

    sealed interface Step { }

    record Enqueue(String id, UpdatableField field, String value) implements Step { }

    /** The next PATCH gets this answer. */
    record Send(Answer answer) implements Step { }

    /** The app dies mid-PATCH, after the server applied it or before. */
    record CrashMidSend(boolean serverApplied) implements Step { }

    record Restart() implements Step { }

    enum Answer { NO_CONTENT, SERVER_ERROR, ANSWER_LOST_AFTER_APPLYING, TOO_MANY_IN_FLIGHT, TOO_MANY_WAIT_5S, TOO_MANY_NO_TIME }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> enqueue = Combinators.combine(Arbitraries.of(IDS), Arbitraries.of(FIELDS), Arbitraries.of("0", "1", "x"))
                .as((id, field, value) -> new Enqueue(id, field, field.isFlag() ? (value.equals("x") ? "1" : value) : value));
        Arbitrary<Step> send = Arbitraries.of(Answer.class).map(Send::new);
        Arbitrary<Step> crash = Arbitraries.of(true, false).map(CrashMidSend::new);
        Arbitrary<Step> restart = Arbitraries.just(new Restart());
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, enqueue), net.jqwik.api.Tuple.of(4, send),
                net.jqwik.api.Tuple.of(1, crash), net.jqwik.api.Tuple.of(1, restart)).list().ofMaxSize(25);
    }

    @Property(tries = 40)
    void noChangeIsLostOrDuplicated(@ForAll("steps") List<Step> steps) throws Exception {
        Path dir = Files.createTempDirectory("outbox-property");
        try (World world = new World(dir)) {
            Map<String, Map<UpdatableField, String>> expected = world.server.copyOfState();
            for (Step step : steps) {
                if (step instanceof Enqueue e) {
                    world.enqueue(e);
                    expected.get(e.id()).put(e.field(), e.value());
                } else if (step instanceof Send s) {
                    world.server.nextAnswer(s.answer());
                    world.sendOne();
                } else if (step instanceof CrashMidSend c) {
                    world.crashMidSend(c.serverApplied());
                } else {
                    world.reopen();
                }
            }
            world.reopen();
            world.drainAgainstAHealthyServer();

            assertThat(world.server.copyOfState()).isEqualTo(expected);
            assertThat(world.outbox.counts().active()).isZero();
            assertThat(world.outbox.needingAttention()).isEmpty();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The outbox on a data file, the sender driven one turn at a time, and the server it talks to. */
    private static final class World implements AutoCloseable {
        final TestClock clock = TestClock.manual();
        final ModelServer server = new ModelServer();
        // many attempts: an edit FAILED for good is the person's to retry, not part of this property
        final RetryPolicy retryPolicy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 1000, 0, new Random(3));
        final Path file;
        Database database;
        Outbox outbox;
        EditSender sender;

        World(Path dir) {
            file = dir.resolve("outbox.db");
            open();
        }

        private void open() {
            database = Database.open(file, AppSchema.current());
            outbox = new Outbox(database, clock);
            sender = new EditSender(outbox.sendQueue(), server, retryPolicy, clock, Duration.ofMinutes(15),
                    new ConflictCheck(clock));
            outbox.sendQueue().recoverInterrupted();
        }

        void reopen() {
            database.close();
            open();
        }

        void enqueue(Enqueue step) throws EditRefusedException {
            // the person edits what the list showed: the server's values at that moment
            outbox.enqueue(server.property(step.id()), Map.of(step.field(), step.value()));
        }

        void sendOne() throws InterruptedException {
            SendStep step = sender.sendNextDue();
            if (step instanceof SendStep.Idle idle && idle.nextDueAt() != null) {
                clock.advanceTo(idle.nextDueAt()); // time passes; the next Send finds it due
            } else if (step instanceof SendStep.RateLimited limited && limited.holdUntil() != null) {
                clock.advanceTo(limited.holdUntil());
            }
        }

        void crashMidSend(boolean serverApplied) {
            outbox.sendQueue().claimNextDue().ifPresent(edit -> {
                if (serverApplied) server.apply(edit.propertyId(), edit.changes());
            });
            reopen();
        }

        void drainAgainstAHealthyServer() throws InterruptedException {
            server.healthy();
            for (int turn = 0; turn < 10_000; turn++) {
                SendStep step = sender.sendNextDue();
                if (step instanceof SendStep.Idle idle) {
                    if (idle.nextDueAt() == null) return;
                    clock.advanceTo(idle.nextDueAt());
                }
            }
            throw new AssertionError("the queue did not drain");
        }

        @Override
        public void close() {
            database.close();
        }
    }

    /** The server's state of three properties; PATCH answers follow what the steps say, then 204. */
    private static final class ModelServer implements PropertyApi {
        private final Map<String, Map<UpdatableField, String>> state = new HashMap<>();
        private final Deque<Answer> answers = new ArrayDeque<>();

        ModelServer() {
            for (String id : IDS) {
                Map<UpdatableField, String> values = new EnumMap<>(UpdatableField.class);
                ProfileProperty initial = Properties.custom(id);
                for (UpdatableField field : UpdatableField.values()) values.put(field, initial.valueOf(field));
                state.put(id, values);
            }
        }

        void nextAnswer(Answer answer) {
            answers.add(answer);
        }

        void healthy() {
            answers.clear();
        }

        Map<String, Map<UpdatableField, String>> copyOfState() {
            Map<String, Map<UpdatableField, String>> copy = new HashMap<>();
            state.forEach((id, values) -> copy.put(id, new EnumMap<>(values)));
            return copy;
        }

        ProfileProperty property(String id) {
            Map<UpdatableField, String> v = state.get(id);
            return new ProfileProperty(id, "c1", "target_" + id, "Label " + id, "text", v.get(UpdatableField.EXAMPLE),
                    v.get(UpdatableField.DESCRIPTION), v.get(UpdatableField.EXPORT_ALIAS), List.of(),
                    "1".equals(v.get(UpdatableField.PI_DATA)), false, "1".equals(v.get(UpdatableField.IMPORTABLE)),
                    "1".equals(v.get(UpdatableField.EXPORTABLE)), null, null);
        }

        void apply(String id, Map<UpdatableField, String> changes) {
            state.get(id).putAll(changes);
        }

        @Override
        public PropertyPage list(ListQuery query) {
            // every property (the lookup keeps those it asked for), so the check before sending sees this server's values
            List<ProfileProperty> all = state.keySet().stream().sorted().map(this::property).toList();
            return new PropertyPage(all.size(), all, RateLimitHeaders.none(200));
        }

        @Override
        public Optional<ProfileProperty> create(NewProperty property) {
            throw new UnsupportedOperationException("this test API creates nothing");
        }

        @Override
        public RateLimitHeaders patch(String id, Map<UpdatableField, String> changes) throws HoodApiException {
            Answer answer = answers.isEmpty() ? Answer.NO_CONTENT : answers.poll();
            switch (answer) {
                case NO_CONTENT -> apply(id, changes);
                case SERVER_ERROR -> throw new HoodApiException(new ApiError(ApiErrorKind.SERVER_ERROR, 500, "Server error", null, null, null));
                case ANSWER_LOST_AFTER_APPLYING -> {
                    apply(id, changes);
                    throw new HoodApiException(ApiError.network("Connection reset"));
                }
                case TOO_MANY_IN_FLIGHT -> throw tooMany(-1L);
                case TOO_MANY_WAIT_5S -> throw tooMany(5L);
                case TOO_MANY_NO_TIME -> throw tooMany(0L);
            }
            return RateLimitHeaders.none(204);
        }

        private static HoodApiException tooMany(Long retryAfter) {
            return new HoodApiException(new ApiError(ApiErrorKind.RATE_LIMITED, 429, "Too many requests.", null, null, retryAfter));
        }
    }
}
