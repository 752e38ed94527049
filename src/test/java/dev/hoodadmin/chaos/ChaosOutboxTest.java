package dev.hoodadmin.chaos;

import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.ResponseLimits;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.time.ClockSleeper;
import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditResult;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.outbox.OutboxEvent;
import dev.hoodadmin.outbox.OutboxWorker;
import dev.hoodadmin.outbox.RetryPolicy;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox worker sending through the real client to a hostile server, on a real data file and the real
 * clock with short retry delays: every case drains in bounded time, and each edit ends applied only when the
 * server really accepted it, or stays listed with a reason.
 */
@Timeout(15)
class ChaosOutboxTest {
    private static final Duration RETRY_AFTER_CAP = Duration.ofMillis(1500);
    private static final int ATTEMPTS = 3;

    @TempDir
    Path dir;
    private final Clock clock = Clock.systemUTC();
    private HostileServer server;
    private Database database;
    private Outbox outbox;
    private OutboxWorker worker;

    @BeforeEach
    void start() throws Exception {
        server = HostileServer.start();
        database = Database.open(dir.resolve("outbox.db"), AppSchema.current());
        outbox = new Outbox(database, clock);
        HoodClient client = HoodClient.create(server.endpoint(), ApiToken.of("tok-chaos"), RequestGate.UNLIMITED,
                ResponseLimits.STANDARD.withDeadline(Duration.ofMillis(600)).withBodyCaps(1 << 20, 64 * 1024));
        RetryPolicy fast = new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(200), ATTEMPTS, 0, new Random(1));
        worker = new OutboxWorker(outbox, client, fast, clock, new ClockSleeper(clock), RETRY_AFTER_CAP);
    }

    @AfterEach
    void stop() throws Exception {
        worker.stop();
        database.close();
        server.close();
    }

    private Edit enqueueAndDrain() throws Exception {
        ProfileProperty property = new ProfileProperty("1000105", "c1", "region", "Region", "text", "e", "old", "a",
                List.of(), false, false, true, true, null, null);
        EditResult queued = outbox.enqueue(property, Map.of(UpdatableField.DESCRIPTION, "new"));
        // as if just read: these cases are about the PATCH's answer (hostile reads: PropertyLookupChaosTest)
        worker.serverValuesRead(List.of(property));
        worker.start();
        assertThat(worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);
        long id = ((EditResult.Queued) queued).edit().id();
        return outbox.find(id).orElseThrow(() -> new AssertionError("the edit was lost"));
    }

    private void assertKeptAsFailed(Edit edit, ApiErrorKind kind, String messagePart) {
        assertThat(edit.state()).isEqualTo(EditState.FAILED);
        assertThat(edit.lastError().kind()).isEqualTo(kind);
        assertThat(edit.lastError().summary()).contains(messagePart).doesNotContain("\n");
        assertThat(outbox.needingAttention()).extracting(Edit::id).containsExactly(edit.id());
    }

    @Test
    void anHtmlPageAnsweringAPatchIsNeverTakenForSuccess() throws Exception {
        server.otherwise(HostileServer.html(200));

        Edit edit = enqueueAndDrain();

        assertKeptAsFailed(edit, ApiErrorKind.MALFORMED_RESPONSE, "The server answered 200 with a body that is not a JSON object");
        assertThat(server.count("PATCH")).isEqualTo(ATTEMPTS);
    }

    @Test
    void garbageOnceThenSuccessEndsApplied() throws Exception {
        server.then(HostileServer.garbage(200, 10 << 20)).otherwise(HostileServer.noContent());

        Edit edit = enqueueAndDrain();

        assertThat(edit.state()).isEqualTo(EditState.APPLIED);
        assertThat(server.count("PATCH")).isEqualTo(2);
    }

    @Test
    void aSlowDripIsCutAtTheDeadlineAndRetried() throws Exception {
        server.otherwise(HostileServer.slowDrip(200, 100_000, Duration.ofMillis(20)));

        Edit edit = enqueueAndDrain();

        assertKeptAsFailed(edit, ApiErrorKind.NETWORK, "No answer within 600 ms");
    }

    @Test
    void aServerErrorWithAnEmptyBodyIsRetriedThenKept() throws Exception {
        server.otherwise(HostileServer.answer(500, Map.of(), ""));

        assertKeptAsFailed(enqueueAndDrain(), ApiErrorKind.SERVER_ERROR, "500 Server error");
        assertThat(server.count("PATCH")).isEqualTo(ATTEMPTS);
    }

    @Test
    void aDroppedConnectionIsRetriedAndTheEditLands() throws Exception {
        server.then(HostileServer.dropMidResponse(204)).then(HostileServer.dropMidResponse(200))
                .otherwise(HostileServer.noContent());

        Edit edit = enqueueAndDrain();

        assertThat(edit.state()).isEqualTo(EditState.APPLIED);
    }

    @Test
    void aRedirectIsKeptAsFailedAndNotFollowed() throws Exception {
        server.otherwise(HostileServer.redirect("http://127.0.0.1:1/elsewhere"));

        assertKeptAsFailed(enqueueAndDrain(), ApiErrorKind.REDIRECT, "redirected");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aHugeRetryAfterIsCappedAndShownOnTheEditMeanwhile() throws Exception {
        server.then(HostileServer.tooManyRequests("999999")).otherwise(HostileServer.noContent());
        List<Edit> waiting = new CopyOnWriteArrayList<>();
        outbox.addListener(event -> {
            if (event instanceof OutboxEvent.EditUpdated updated && updated.edit().state() == EditState.PENDING
                    && updated.edit().lastError() != null) waiting.add(updated.edit());
        });
        Instant before = clock.instant();

        Edit edit = enqueueAndDrain();

        assertThat(edit.state()).isEqualTo(EditState.APPLIED);
        assertThat(Duration.between(before, clock.instant())).isGreaterThanOrEqualTo(RETRY_AFTER_CAP);
        assertThat(server.count("PATCH")).isEqualTo(2);
        assertThat(waiting).singleElement().satisfies(shown -> {
            Instant capped = shown.updatedAt().plus(RETRY_AFTER_CAP);
            assertThat(shown.nextAttemptAt()).isBetween(capped.minusMillis(200), capped);
            assertThat(shown.lastError().message()).contains("Retry-After 999999 s, capped at 1500 ms");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "abc", "", "-1"})
    void aRetryAfterNamingNoTimeNeverMakesATightLoop(String retryAfter) throws Exception {
        server.otherwise(HostileServer.tooManyRequests(retryAfter));

        Edit edit = enqueueAndDrain();

        assertKeptAsFailed(edit, ApiErrorKind.RATE_LIMITED, "Rate limit reached");
        // ATTEMPTS backoffs; a first -1 is resent at once, once
        assertThat(server.count("PATCH")).isBetween((long) ATTEMPTS, (long) ATTEMPTS + 1);
    }
}
