package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ProfileProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static dev.hoodadmin.api.UpdatableField.DESCRIPTION;
import static dev.hoodadmin.api.UpdatableField.EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edits made while a PATCH for the same property is on the wire. */
@Timeout(10)
class OutboxInFlightTest {
    @TempDir
    Path dir;
    OutboxHarness h;
    final ProfileProperty region = Properties.custom("1000105");
    final CountDownLatch requestArrived = new CountDownLatch(1);
    final CountDownLatch answer = new CountDownLatch(1);

    @BeforeEach
    void open() {
        h = new OutboxHarness(dir);
    }

    @AfterEach
    void close() {
        answer.countDown();
        h.close();
    }

    @Test
    void anEditMadeDuringThePatchWaitsForItAndIsSentAfterwardsAlone() throws Exception {
        h.api.thenHold(requestArrived, answer, null);
        Edit first = h.enqueue(region, Map.of(DESCRIPTION, "first", EXAMPLE, "x"));
        h.worker.start();
        requestArrived.await();

        Edit second = h.enqueue(region, Map.of(DESCRIPTION, "second"));
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(h.stored(first.id()).state()).isEqualTo(EditState.SENDING);
        assertThat(h.stored(second.id()).state()).isEqualTo(EditState.PENDING);
        assertThatThrownBy(() -> h.outbox.discard(first.id())).isInstanceOfSatisfying(EditRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.WRONG_STATE));

        answer.countDown();
        assertThat(h.worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);

        assertThat(h.api.maxConcurrentCalls()).isEqualTo(1);
        assertThat(h.api.calls()).extracting(ScriptedApi.Call::changes)
                .containsExactly(Map.of(DESCRIPTION, "first", EXAMPLE, "x"), Map.of(DESCRIPTION, "second"));
        assertThat(h.outbox.counts().applied()).isEqualTo(2);
    }

    @Test
    void anEditMadeOverOneTheServerThenRefusesStartsFromTheServersValueAndIsSentNotHeldAsAConflict() throws Exception {
        Edit refused = aDescriptionOnTheWireTheServerWillRefuse();
        // the screen shows "refused" while its PATCH is on the wire: the next edit starts from it
        Edit next = h.enqueue(region, Map.of(DESCRIPTION, "second"));
        assertThat(next.baselineOf(DESCRIPTION)).isEqualTo("refused");

        answer.countDown();
        assertThat(h.worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);

        // the server still holds the description both edits started from: nobody else changed it
        assertThat(h.stored(refused.id()).state()).isEqualTo(EditState.REJECTED);
        assertThat(h.stored(next.id()).state()).isEqualTo(EditState.APPLIED);
        assertThat(h.stored(next.id()).baselineOf(DESCRIPTION)).isEqualTo(region.description());
        assertThat(h.api.calls()).extracting(ScriptedApi.Call::changes)
                .containsExactly(Map.of(DESCRIPTION, "refused"), Map.of(DESCRIPTION, "second"));
    }

    @Test
    void anEditSettingBackWhatTheServerRefusedHasNothingLeftToSend() throws Exception {
        Edit refused = aDescriptionOnTheWireTheServerWillRefuse();
        Edit back = h.enqueue(region, Map.of(DESCRIPTION, region.description()));

        answer.countDown();
        assertThat(h.worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);

        assertThat(h.stored(refused.id()).state()).isEqualTo(EditState.REJECTED);
        assertThat(h.outbox.find(back.id())).isEmpty();
        assertThat(h.api.calls()).extracting(ScriptedApi.Call::changes).containsExactly(Map.of(DESCRIPTION, "refused"));
    }

    /** An edit of the description, its PATCH held on the wire; once {@code answer} is counted down, a 400. */
    private Edit aDescriptionOnTheWireTheServerWillRefuse() throws Exception {
        h.api.serving(region).thenHold(requestArrived, answer, ScriptedApi.error(400));
        Edit refused = h.enqueue(region, Map.of(DESCRIPTION, "refused"));
        h.worker.start();
        requestArrived.await();
        return refused;
    }

    @Test
    void aLaterEditNeverOvertakesAnEarlierOneWaitingOutABackoff() throws Exception {
        h.api.thenHold(requestArrived, answer, ScriptedApi.error(502));
        h.enqueue(region, Map.of(DESCRIPTION, "older"));
        h.worker.start();
        requestArrived.await();
        h.enqueue(region, Map.of(DESCRIPTION, "newer"));

        answer.countDown();
        assertThat(h.worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);

        // the older value is retried after 1 s; the newer one goes only after it, so "newer" is what stays
        assertThat(h.api.calls()).extracting(ScriptedApi.Call::changes, ScriptedApi.Call::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Map.of(DESCRIPTION, "older"), OutboxHarness.START),
                org.assertj.core.groups.Tuple.tuple(Map.of(DESCRIPTION, "older"), OutboxHarness.START.plusSeconds(1)),
                org.assertj.core.groups.Tuple.tuple(Map.of(DESCRIPTION, "newer"), OutboxHarness.START.plusSeconds(1)));
    }

    @Test
    void stoppingDuringAPatchPutsTheEditBackAndTheNextStartSendsIt() throws Exception {
        ScriptedApi never = h.api.thenHold(requestArrived, new CountDownLatch(1), null);
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "one"));
        h.worker.start();
        requestArrived.await();

        h.worker.stop();

        assertThat(h.stored(edit.id()).state()).isEqualTo(EditState.PENDING);
        assertThat(never.calls()).hasSize(1);
        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);
        assertThat(h.stored(edit.id()).state()).isEqualTo(EditState.APPLIED);
        assertThat(h.api.calls()).hasSize(2);
    }
}
