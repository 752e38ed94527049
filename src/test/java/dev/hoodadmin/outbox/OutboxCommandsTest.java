package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ProfileProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static dev.hoodadmin.api.UpdatableField.DESCRIPTION;
import static dev.hoodadmin.api.UpdatableField.EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the queue panel and the CLI do with edits: correct, retry, discard, clear, count. */
@Timeout(10)
class OutboxCommandsTest {
    @TempDir
    Path dir;
    OutboxHarness h;
    final ProfileProperty region = Properties.custom("1000105");

    @BeforeEach
    void open() {
        h = new OutboxHarness(dir);
    }

    @AfterEach
    void close() {
        h.close();
    }

    private Edit sentOnceAndAnswered(int status) throws Exception {
        h.api.thenFail(ScriptedApi.error(status));
        Edit edit = h.enqueue(region, Map.of(EXAMPLE, "bad", DESCRIPTION, "good"));
        h.drain();
        h.worker.stop();
        return h.stored(edit.id());
    }

    @Test
    void correctingARejectedEditKeepsTheFieldsNotCorrected() throws Exception {
        Edit rejected = sentOnceAndAnswered(400);

        EditResult result = h.outbox.replaceValues(rejected.id(), Map.of(EXAMPLE, "fixed"));

        Edit corrected = ((EditResult.Updated) result).edit();
        assertThat(corrected.changes()).containsExactlyInAnyOrderEntriesOf(Map.of(EXAMPLE, "fixed", DESCRIPTION, "good"));
        assertThat(corrected.state()).isEqualTo(EditState.PENDING);
        assertThat(h.stored(rejected.id())).isEqualTo(corrected);
    }

    @Test
    void correctingEveryFieldBackToItsBaselineWithdrawsTheEdit() throws Exception {
        Edit rejected = sentOnceAndAnswered(400);

        EditResult result = h.outbox.replaceValues(rejected.id(),
                Map.of(EXAMPLE, region.example(), DESCRIPTION, region.description()));

        assertThat(result).isInstanceOf(EditResult.Withdrawn.class);
        assertThat(h.outbox.list()).isEmpty();
    }

    @Test
    void aCorrectionMustStillBeAValidValue() throws Exception {
        Edit rejected = sentOnceAndAnswered(400);

        assertThatThrownBy(() -> h.outbox.replaceValues(rejected.id(), Map.of(dev.hoodadmin.api.UpdatableField.PI_DATA, "2")))
                .isInstanceOfSatisfying(EditRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.INVALID_VALUE));
        assertThat(h.stored(rejected.id())).isEqualTo(rejected);
    }

    @Test
    void aFailedEditCanBeRetriedAndGoesToTheBackOfTheLine() throws Exception {
        Edit failed = sentOnceAndAnswered(404);
        Edit other = h.enqueue(Properties.custom("2"), Map.of(DESCRIPTION, "other"));

        Edit again = h.outbox.retry(failed.id());

        assertThat(again.state()).isEqualTo(EditState.PENDING);
        assertThat(again.lastError()).isNull();
        assertThat(again.queueOrder()).isGreaterThan(other.queueOrder());
    }

    @Test
    void retryingAPendingEditSkipsTheRestOfItsBackoff() throws Exception {
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "x"));
        h.outbox.sendQueue().claimNextDue().orElseThrow();
        h.outbox.sendQueue().retryLater(h.stored(edit.id()), EditError.from(ScriptedApi.error(500)), 1,
                OutboxHarness.START.plus(Duration.ofMinutes(1)));

        Edit now = h.outbox.retry(edit.id());

        assertThat(now.nextAttemptAt()).isEqualTo(OutboxHarness.START);
        assertThat(now.faults()).isEqualTo(1);
        assertThat(now.lastError().status()).isEqualTo(500);
    }

    @Test
    void anAppliedEditCannotBeRetriedOrChanged() throws Exception {
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "x"));
        h.drain();

        assertThatThrownBy(() -> h.outbox.retry(edit.id())).isInstanceOfSatisfying(EditRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.WRONG_STATE));
        assertThatThrownBy(() -> h.outbox.replaceValues(edit.id(), Map.of(DESCRIPTION, "y")))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("already applied");
    }

    @Test
    void discardRemovesTheEditAndSaysSo() throws Exception {
        Edit failed = sentOnceAndAnswered(404);

        Edit removed = h.outbox.discard(failed.id());

        assertThat(removed).isEqualTo(failed);
        assertThat(h.outbox.find(failed.id())).isEmpty();
        assertThat(h.eventsOf(OutboxEvent.EditRemoved.class)).extracting(OutboxEvent.EditRemoved::edit).containsExactly(failed);
        assertThatThrownBy(() -> h.outbox.discard(failed.id())).isInstanceOfSatisfying(EditRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.NO_SUCH_EDIT));
    }

    @Test
    void clearAppliedLeavesEverythingElse() throws Exception {
        h.api.thenSucceed().thenFail(ScriptedApi.error(400));
        h.enqueue(region, Map.of(DESCRIPTION, "applied"));
        h.enqueue(Properties.custom("2"), Map.of(DESCRIPTION, "rejected"));
        h.drain();
        h.worker.stop();
        h.enqueue(Properties.custom("3"), Map.of(DESCRIPTION, "pending"));

        assertThat(h.outbox.counts()).isEqualTo(new EditCounts(1, 0, 1, 1, 0, 0));
        assertThat(h.outbox.clearApplied()).isEqualTo(1);

        assertThat(h.outbox.list()).extracting(Edit::state).containsExactly(EditState.REJECTED, EditState.PENDING);
        assertThat(h.outbox.list(EditState.PENDING)).extracting(Edit::propertyId).containsExactly("3");
        assertThat(h.outbox.counts().active()).isEqualTo(1);
    }
}
