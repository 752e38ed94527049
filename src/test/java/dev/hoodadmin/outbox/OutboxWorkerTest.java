package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.api.ProfileProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.hoodadmin.api.UpdatableField.DESCRIPTION;
import static dev.hoodadmin.api.UpdatableField.EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How each answer of the server ends an edit: the error table of the API contract. */
@Timeout(10)
class OutboxWorkerTest {
    @TempDir
    Path dir;
    OutboxHarness h;
    final ProfileProperty region = Properties.custom("1000105");
    final ProfileProperty city = Properties.custom("1000106");

    @BeforeEach
    void open() {
        h = new OutboxHarness(dir);
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void noContentMeansAppliedAndOnlyTheChangedFieldsAreSent() throws Exception {
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "Where the visitor lives", EXAMPLE, region.example()));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        assertThat(h.api.calls()).extracting(ScriptedApi.Call::id, ScriptedApi.Call::changes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1000105", Map.of(DESCRIPTION, "Where the visitor lives")));
        Edit applied = h.stored(edit.id());
        assertThat(applied.state()).isEqualTo(EditState.APPLIED);
        assertThat(applied.appliedAt()).isEqualTo(OutboxHarness.START);
        assertThat(applied.attempts()).isEqualTo(1);
        assertThat(h.worker.isIdle()).isTrue();
        assertThat(h.events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("EditEnqueued", "EditUpdated", "EditUpdated", "QueueDrained");
        assertThat(h.eventsOf(OutboxEvent.EditUpdated.class)).extracting(u -> u.edit().state())
                .containsExactly(EditState.SENDING, EditState.APPLIED);
    }

    @Test
    void badRequestIsRejectedWithTheServersWordsAndNeverResentUnchanged() throws Exception {
        h.api.thenFail(ScriptedApi.error(400));
        Edit edit = h.enqueue(region, Map.of(EXAMPLE, "far too long"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);
        Edit rejected = h.stored(edit.id());
        assertThat(rejected.state()).isEqualTo(EditState.REJECTED);
        assertThat(rejected.lastError()).isEqualTo(new EditError(ApiErrorKind.BAD_REQUEST, 400, "Title 400", "Message 400", "trace-400"));
        assertThat(rejected.changes()).containsExactlyEntriesOf(Map.of(EXAMPLE, "far too long"));

        h.clock.advance(Duration.ofHours(1));
        h.worker.wakeUp();
        assertThatThrownBy(() -> h.outbox.retry(edit.id())).isInstanceOfSatisfying(EditRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.NEEDS_CORRECTION));
        assertThat(h.worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);
        assertThat(h.api.calls()).hasSize(1);
    }

    @Test
    void aCorrectedRejectedEditIsSentAgainWithTheCorrection() throws Exception {
        h.api.thenFail(ScriptedApi.error(400));
        Edit edit = h.enqueue(region, Map.of(EXAMPLE, "far too long", DESCRIPTION, "fine"));
        h.drain();

        EditResult result = h.outbox.replaceValues(edit.id(), Map.of(EXAMPLE, "short"));

        assertThat(((EditResult.Updated) result).edit().state()).isEqualTo(EditState.PENDING);
        assertThat(((EditResult.Updated) result).edit().lastError()).isNull();
        assertThat(h.worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);
        assertThat(h.api.calls()).extracting(ScriptedApi.Call::changes)
                .containsExactly(Map.of(EXAMPLE, "far too long", DESCRIPTION, "fine"), Map.of(EXAMPLE, "short", DESCRIPTION, "fine"));
        assertThat(h.stored(edit.id()).state()).isEqualTo(EditState.APPLIED);
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void aRefusedTokenPausesTheQueueKeepsEveryEditAndResumesWithNewCredentials(int status) throws Exception {
        h.api.thenFail(ScriptedApi.error(status));
        Edit first = h.enqueue(region, Map.of(DESCRIPTION, "one"));
        Edit second = h.enqueue(city, Map.of(DESCRIPTION, "two"));

        assertThat(h.drain()).isEqualTo(DrainResult.PAUSED_FOR_CREDENTIALS);

        assertThat(h.worker.isPausedForCredentials()).isTrue();
        assertThat(h.stored(first.id()).state()).isEqualTo(EditState.PENDING);
        assertThat(h.stored(first.id()).lastError().status()).isEqualTo(status);
        assertThat(h.stored(second.id()).state()).isEqualTo(EditState.PENDING);
        assertThat(h.eventsOf(OutboxEvent.QueuePausedForCredentials.class)).singleElement()
                .satisfies(p -> assertThat(p.error().status()).isEqualTo(status));
        h.clock.advance(Duration.ofMinutes(5));
        h.worker.wakeUp();
        assertThat(h.worker.awaitDrained()).isEqualTo(DrainResult.PAUSED_FOR_CREDENTIALS);
        assertThat(h.api.calls()).hasSize(1);

        ScriptedApi withNewToken = new ScriptedApi(h.clock);
        h.worker.resume(withNewToken);

        assertThat(h.worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);
        assertThat(withNewToken.calls()).extracting(ScriptedApi.Call::id).containsExactly("1000105", "1000106");
        assertThat(h.outbox.counts().applied()).isEqualTo(2);
        assertThat(h.eventsOf(OutboxEvent.QueueResumed.class)).hasSize(1);
    }

    @Test
    void notFoundFailsTheEditWithoutRetryingAndKeepsIt() throws Exception {
        h.api.thenFail(ScriptedApi.error(404));
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "gone"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        assertThat(h.stored(edit.id()).state()).isEqualTo(EditState.FAILED);
        assertThat(h.stored(edit.id()).lastError().traceId()).isEqualTo("trace-404");
        assertThat(h.api.calls()).hasSize(1);
        assertThat(h.outbox.counts().needingAttention()).isEqualTo(1);
    }

    @Test
    void tooManyRequestsResendsTheSameEditFirstAfterRetryAfterWithoutSpinning() throws Exception {
        h.api.thenFail(ScriptedApi.rateLimited(30L));
        Edit first = h.enqueue(region, Map.of(DESCRIPTION, "one"));
        h.enqueue(city, Map.of(DESCRIPTION, "two"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        List<ScriptedApi.Call> calls = h.api.calls();
        assertThat(calls).extracting(ScriptedApi.Call::id).containsExactly("1000105", "1000105", "1000106");
        assertThat(calls.get(1).at()).isEqualTo(OutboxHarness.START.plusSeconds(30));
        Edit applied = h.stored(first.id());
        assertThat(applied.state()).isEqualTo(EditState.APPLIED);
        assertThat(applied.attempts()).isEqualTo(2);
        assertThat(applied.faults()).isZero();
    }

    @Test
    void aRateLimitedEditGoesAheadOfEditsThatWereInLineBeforeIt() throws Exception {
        h.api.thenFail(ScriptedApi.error(500)).thenFail(ScriptedApi.rateLimited(5L));
        h.enqueue(region, Map.of(DESCRIPTION, "older, waiting out a backoff"));
        h.enqueue(city, Map.of(DESCRIPTION, "refused by the rate limit"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        Instant start = OutboxHarness.START;
        assertThat(h.api.calls()).extracting(ScriptedApi.Call::id, ScriptedApi.Call::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1000105", start),
                org.assertj.core.groups.Tuple.tuple("1000106", start),
                org.assertj.core.groups.Tuple.tuple("1000106", start.plusSeconds(5)),
                org.assertj.core.groups.Tuple.tuple("1000105", start.plusSeconds(5)));
    }

    @Test
    void aParallelRequestLimitIsResentAtOnceLeavingTheWaitToTheGateButNotAgainAndAgain() throws Exception {
        h.api.thenFail(ScriptedApi.rateLimited(-1L)).thenFail(ScriptedApi.rateLimited(-1L));
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "one"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        // the first -1 is resent at once (the gate waits for the other request); a second one backs off
        assertThat(h.api.calls()).extracting(ScriptedApi.Call::at)
                .containsExactly(OutboxHarness.START, OutboxHarness.START, OutboxHarness.START.plusSeconds(1));
        assertThat(h.stored(edit.id()).state()).isEqualTo(EditState.APPLIED);
        assertThat(h.stored(edit.id()).attempts()).isEqualTo(3);
    }

    @Test
    void aHugeRetryAfterIsCappedAndTheWaitIsShownOnTheEdit() throws Exception {
        h.api.thenFail(ScriptedApi.rateLimited(999_999L));
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "one"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        Instant capped = OutboxHarness.START.plus(Duration.ofMinutes(15));
        assertThat(h.api.calls()).extracting(ScriptedApi.Call::at).containsExactly(OutboxHarness.START, capped);
        Edit waiting = h.eventsOf(OutboxEvent.EditUpdated.class).stream().map(OutboxEvent.EditUpdated::edit)
                .filter(e -> e.id() == edit.id() && e.state() == EditState.PENDING).findFirst().orElseThrow();
        assertThat(waiting.nextAttemptAt()).isEqualTo(capped);
        assertThat(waiting.lastError().kind()).isEqualTo(ApiErrorKind.RATE_LIMITED);
        assertThat(waiting.lastError().message()).isEqualTo(
                "Rate limit reached: waiting 15 min as the server asked (Retry-After 999999 s, capped at 15 min)");
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, -7L, Long.MIN_VALUE})
    void aRetryAfterNamingNoTimeBacksOffByTheRetryPolicy(long retryAfter) throws Exception {
        Long header = retryAfter == Long.MIN_VALUE ? null : retryAfter; // MIN_VALUE stands for garbage or none
        for (int i = 0; i < 3; i++) h.api.thenFail(ScriptedApi.rateLimited(header));
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "one"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        Instant start = OutboxHarness.START;
        assertThat(h.api.calls()).extracting(ScriptedApi.Call::at).containsExactly(
                start, start.plusSeconds(1), start.plusSeconds(3), start.plusSeconds(7));
        assertThat(h.stored(edit.id()).state()).isEqualTo(EditState.APPLIED);
        assertThat(h.stored(edit.id()).faults()).isEqualTo(3);
    }

    @Test
    void aRetryAfterNamingNoTimeEndsFailedOnceTheRetriesAreSpentAndKeepsTheEdit() throws Exception {
        for (int i = 0; i < 8; i++) h.api.thenFail(ScriptedApi.rateLimited(0L));
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "one"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        assertThat(h.api.calls()).hasSize(8);
        Edit failed = h.stored(edit.id());
        assertThat(failed.state()).isEqualTo(EditState.FAILED);
        assertThat(failed.lastError().message()).contains("no usable time to wait (Retry-After 0)");
    }

    @Test
    void aServerErrorIsRetriedAfterABackoffAndEndsApplied() throws Exception {
        h.api.thenFail(ScriptedApi.error(500));
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "one"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        assertThat(h.api.calls()).extracting(ScriptedApi.Call::at)
                .containsExactly(OutboxHarness.START, OutboxHarness.START.plusSeconds(1));
        Edit applied = h.stored(edit.id());
        assertThat(applied.state()).isEqualTo(EditState.APPLIED);
        assertThat(applied.faults()).isEqualTo(1);
        assertThat(applied.lastError()).isNull();
    }

    @Test
    void networkFaultsAndUnreadableAnswersAreRetriedToo() throws Exception {
        h.api.thenFail(ScriptedApi.network()).thenFail(ScriptedApi.malformed());
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "one"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        assertThat(h.api.calls()).extracting(ScriptedApi.Call::at)
                .containsExactly(OutboxHarness.START, OutboxHarness.START.plusSeconds(1), OutboxHarness.START.plusSeconds(3));
        assertThat(h.stored(edit.id()).state()).isEqualTo(EditState.APPLIED);
    }

    @Test
    void afterTheLastAttemptTheEditIsFailedButKeptAndCanBeRetriedOnDemand() throws Exception {
        for (int i = 0; i < 8; i++) h.api.thenFail(ScriptedApi.error(503));
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "one"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        Edit failed = h.stored(edit.id());
        assertThat(failed.state()).isEqualTo(EditState.FAILED);
        assertThat(failed.faults()).isEqualTo(8);
        assertThat(failed.lastError().status()).isEqualTo(503);
        assertThat(failed.changes()).containsExactlyEntriesOf(Map.of(DESCRIPTION, "one"));
        // waits between attempts: 1, 2, 4, 8, 16, 32, 60 (capped) seconds
        List<Instant> at = h.api.calls().stream().map(ScriptedApi.Call::at).toList();
        assertThat(at).hasSize(8);
        assertThat(java.util.stream.IntStream.range(1, 8).mapToObj(i -> Duration.between(at.get(i - 1), at.get(i)).toSeconds()))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);

        Edit again = h.outbox.retry(edit.id());
        assertThat(again.state()).isEqualTo(EditState.PENDING);
        assertThat(again.faults()).isZero();
        assertThat(h.worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);
        assertThat(h.stored(edit.id()).state()).isEqualTo(EditState.APPLIED);
        assertThat(h.api.calls()).hasSize(9);
    }

    @Test
    void oneEditWaitingOutABackoffDoesNotHoldUpOtherProperties() throws Exception {
        h.api.thenFail(ScriptedApi.error(500));
        h.enqueue(region, Map.of(DESCRIPTION, "one"));
        h.enqueue(city, Map.of(DESCRIPTION, "two"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        assertThat(h.api.calls()).extracting(ScriptedApi.Call::id, ScriptedApi.Call::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1000105", OutboxHarness.START),
                org.assertj.core.groups.Tuple.tuple("1000106", OutboxHarness.START),
                org.assertj.core.groups.Tuple.tuple("1000105", OutboxHarness.START.plusSeconds(1)));
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheWorker() throws Exception {
        h.outbox.addListener(event -> {
            throw new IllegalStateException("broken view");
        });
        h.enqueue(region, Map.of(DESCRIPTION, "one"));
        h.enqueue(city, Map.of(DESCRIPTION, "two"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        assertThat(h.outbox.counts().applied()).isEqualTo(2);
        assertThat(h.worker.isRunning()).isTrue();
    }

    @Test
    void aBugWhileSendingKeepsTheEditAsFailedAndTheWorkerGoesOn() throws Exception {
        h.api.thenCrash();
        Edit broken = h.enqueue(region, Map.of(DESCRIPTION, "one"));
        Edit fine = h.enqueue(city, Map.of(DESCRIPTION, "two"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        assertThat(h.stored(broken.id()).state()).isEqualTo(EditState.FAILED);
        assertThat(h.stored(broken.id()).lastError().message()).isEqualTo("client bug");
        assertThat(h.stored(broken.id()).changes()).containsExactlyEntriesOf(Map.of(DESCRIPTION, "one"));
        assertThat(h.stored(fine.id()).state()).isEqualTo(EditState.APPLIED);
    }

    @Test
    void drainingAStoppedWorkerReturnsAtOnce() throws Exception {
        h.enqueue(region, Map.of(DESCRIPTION, "one"));

        assertThat(h.worker.awaitDrained()).isEqualTo(DrainResult.STOPPED);
        assertThat(h.api.calls()).isEmpty();
        assertThat(h.worker.isIdle()).isFalse();
    }

    @Test
    void anEditQueuedWhileTheWorkerIsIdleIsSent() throws Exception {
        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        h.enqueue(region, Map.of(DESCRIPTION, "later"));

        assertThat(h.worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);
        assertThat(h.api.calls()).hasSize(1);
    }
}
