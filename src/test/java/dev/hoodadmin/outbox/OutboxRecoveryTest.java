package dev.hoodadmin.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static dev.hoodadmin.api.UpdatableField.DESCRIPTION;
import static dev.hoodadmin.api.UpdatableField.EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Getting stopped edits going again or out of the way: what {@code resume --retry-failed}, {@code drop} and the window use. */
@Timeout(10)
class OutboxRecoveryTest {
    @TempDir
    Path dir;
    OutboxHarness h;
    final ProfileProperty region = Properties.custom("1");
    final ProfileProperty city = Properties.custom("2");
    final ProfileProperty street = Properties.custom("3");

    @BeforeEach
    void open() {
        h = new OutboxHarness(dir);
    }

    @AfterEach
    void close() {
        h.close();
    }

    /** region and street FAILED (500s until the retries are spent, and 404), city REJECTED (400). */
    private List<Edit> threeStoppedEdits() throws Exception {
        for (int i = 0; i < h.retryPolicy.maxAttempts(); i++) h.api.thenFail(ScriptedApi.error(500));
        Edit a = h.enqueue(region, Map.of(DESCRIPTION, "a"));
        h.drain();
        h.api.thenFail(ScriptedApi.error(400));
        Edit b = h.enqueue(city, Map.of(EXAMPLE, "b"));
        h.drain();
        h.api.thenFail(ScriptedApi.error(404));
        Edit c = h.enqueue(street, Map.of(DESCRIPTION, "c"));
        h.drain();
        h.worker.stop();
        return List.of(h.stored(a.id()), h.stored(b.id()), h.stored(c.id()));
    }

    @Test
    void aRetriedEditNeverPutsBackAFieldANewerEditSetEvenOneMadeWhileItWasInFlight() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        h.api.thenHold(arrived, answer, ScriptedApi.error(404)); // gone: FAILED at once
        Edit older = h.enqueue(region, Map.of(DESCRIPTION, "older", EXAMPLE, "only the older edit sets this"));
        h.worker.start();
        arrived.await();
        Edit newer = h.enqueue(region, Map.of(DESCRIPTION, "newer")); // waits behind the one in flight
        answer.countDown();
        assertThat(h.worker.awaitDrained()).isEqualTo(DrainResult.DRAINED);
        assertThat(h.stored(older.id()).state()).isEqualTo(EditState.FAILED);
        assertThat(h.stored(newer.id()).state()).isEqualTo(EditState.APPLIED);

        assertThat(h.outbox.retryAllFailed()).singleElement()
                .satisfies(edit -> assertThat(edit.changes()).isEqualTo(Map.of(EXAMPLE, "only the older edit sets this")));
        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        assertThat(h.api.calls()).last().extracting(ScriptedApi.Call::changes)
                .isEqualTo(Map.of(EXAMPLE, "only the older edit sets this"));
    }

    @Test
    void aFailedEditWhoseFieldsAreAllSetAgainIsRemovedNotRetried() throws Exception {
        h.api.thenFail(ScriptedApi.error(404));
        Edit older = h.enqueue(region, Map.of(DESCRIPTION, "older"));
        h.drain();
        assertThat(h.stored(older.id()).state()).isEqualTo(EditState.FAILED);

        h.enqueue(region, Map.of(DESCRIPTION, "newer"));

        assertThat(h.outbox.find(older.id())).as("superseded by the newer edit").isEmpty();
        assertThat(h.outbox.retryAllFailed()).isEmpty();
    }

    @Test
    void failedAndRejectedEditsAreListedTogetherInLineOrder() throws Exception {
        List<Edit> stopped = threeStoppedEdits();

        assertThat(stopped).extracting(Edit::state).containsExactly(EditState.FAILED, EditState.REJECTED, EditState.FAILED);
        assertThat(h.outbox.needingAttention()).extracting(Edit::id)
                .containsExactlyElementsOf(stopped.stream().map(Edit::id).toList());
    }

    @Test
    void retryAllFailedPutsEveryFailedEditBackWithAFreshBudgetAndLeavesRejectedOnes() throws Exception {
        List<Edit> stopped = threeStoppedEdits();

        List<Edit> again = h.outbox.retryAllFailed();

        assertThat(again).extracting(Edit::id).containsExactly(stopped.get(0).id(), stopped.get(2).id());
        assertThat(again).allSatisfy(edit -> {
            assertThat(edit.state()).isEqualTo(EditState.PENDING);
            assertThat(edit.faults()).isZero();
            assertThat(edit.lastError()).isNull();
        });
        assertThat(h.stored(stopped.get(1).id()).state()).isEqualTo(EditState.REJECTED);

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);
        assertThat(h.stored(stopped.get(0).id()).state()).isEqualTo(EditState.APPLIED);
        assertThat(h.stored(stopped.get(2).id()).state()).isEqualTo(EditState.APPLIED);
    }

    @Test
    void retryingAnEditThatSpentItsRetriesGivesItAFullRetryBudgetAgain() throws Exception {
        Edit failed = threeStoppedEdits().get(0);
        assertThat(failed.faults()).isEqualTo(h.retryPolicy.maxAttempts());
        h.outbox.retry(failed.id());
        for (int i = 0; i < h.retryPolicy.maxAttempts() - 1; i++) h.api.thenFail(ScriptedApi.error(500));

        h.drain();

        Edit applied = h.stored(failed.id());
        assertThat(applied.state()).isEqualTo(EditState.APPLIED);
        assertThat(applied.attempts()).isEqualTo(2 * h.retryPolicy.maxAttempts()); // every try counted, as shown
    }

    @Test
    void aRejectedEditCanBeResentUnchangedOnRequest() throws Exception {
        Edit rejected = threeStoppedEdits().get(1);

        Edit again = h.outbox.resendUnchanged(rejected.id());

        assertThat(again.state()).isEqualTo(EditState.PENDING);
        assertThat(again.changes()).isEqualTo(rejected.changes());
        assertThat(again.lastError()).isNull();
        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);
        assertThat(h.stored(rejected.id()).state()).isEqualTo(EditState.APPLIED);
    }

    @Test
    void onlyStoppedEditsCanBeResentUnchanged() throws Exception {
        Edit pending = h.enqueue(region, Map.of(DESCRIPTION, "x"));

        assertThatThrownBy(() -> h.outbox.resendUnchanged(pending.id())).isInstanceOfSatisfying(EditRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.WRONG_STATE));
    }

    @Test
    void aStoppedEditCanBeDroppedById() throws Exception {
        Edit failed = threeStoppedEdits().get(0);

        h.outbox.discard(failed.id());

        assertThat(h.outbox.find(failed.id())).isEmpty();
        assertThat(h.outbox.needingAttention()).hasSize(2);
    }

    @Test
    void aValueTooLongForAnyEditorIsRefusedBeforeItIsQueued() {
        String huge = "x".repeat(EditValues.MAX_VALUE_CHARS + 1);

        assertThatThrownBy(() -> h.outbox.enqueue(region, Map.of(DESCRIPTION, huge)))
                .isInstanceOfSatisfying(EditRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.INVALID_VALUE);
                    assertThat(e.getMessage()).hasSizeLessThan(200);
                });
        assertThat(h.outbox.list()).isEmpty();
    }

    @Test
    void aStoredValueLongerThanJacksonsDefaultLimitStaysReadable() {
        FieldMapJson json = new FieldMapJson(new ObjectMapper());
        String huge = "y".repeat(25_000_000); // over Jackson's 20 MB default: once a stored edit no run could read

        Map<UpdatableField, String> read = json.read(json.write(Map.of(DESCRIPTION, huge)));

        assertThat(read.get(DESCRIPTION)).hasSize(huge.length());
    }
}
