package dev.hoodadmin.ui.queue;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BatchProgressTest {
    private final BatchProgress batch = new BatchProgress();

    @Test
    void countsEditsSentSinceTheQueueWasLastEmptyAndStartsAfreshAfterwards() {
        Edit oldApplied = edit(1, EditState.APPLIED);
        batch.update(List.of(oldApplied, edit(2, EditState.PENDING), edit(3, EditState.SENDING)));
        assertThat(batch.total()).isEqualTo(2);
        assertThat(batch.sent()).isZero();

        batch.update(List.of(oldApplied, edit(2, EditState.APPLIED), edit(3, EditState.REJECTED)));
        assertThat(batch.sent()).as("only the applied one").isEqualTo(1);
        assertThat(batch.notSent()).as("the rejected one").isEqualTo(1);
        assertThat(batch.remaining()).isZero();

        batch.update(List.of(oldApplied, edit(2, EditState.APPLIED), edit(3, EditState.REJECTED), edit(4, EditState.PENDING)));
        assertThat(batch.total()).as("a new batch").isEqualTo(1);
        assertThat(batch.sent()).isZero();
    }

    @Test
    void aDiscardedEditLeavesTheBatch() {
        batch.update(List.of(edit(1, EditState.PENDING), edit(2, EditState.PENDING)));
        batch.update(List.of(edit(2, EditState.PENDING)));
        assertThat(batch.total()).isEqualTo(1);
    }

    private static Edit edit(long id, EditState state) {
        Instant now = Instant.EPOCH;
        return new Edit(id, "p" + id, "P", Map.of(), Map.of(UpdatableField.EXAMPLE, "x"), state, 0, 0, null, now,
                now, now, null, id);
    }
}
