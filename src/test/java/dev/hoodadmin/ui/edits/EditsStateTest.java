package dev.hoodadmin.ui.edits;

import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditError;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The views' picture of the outbox, fed with events and a snapshot that may arrive in either order. */
class EditsStateTest {
    private final EditsState state = new EditsState();

    @Test
    void pendingValuesAreOverlaidAndHighlightedUntilApplied() {
        Edit pending = edit(1, "p1", EditState.PENDING, Map.of(UpdatableField.EXAMPLE, "new"), null);
        List<Edit> applied = new ArrayList<>();
        state.onApplied(applied::add);

        state.apply(List.of(new OutboxEvent.EditEnqueued(pending)));

        RowEditState row = state.row("p1");
        assertThat(row.valueOr(UpdatableField.EXAMPLE, "old")).isEqualTo("new");
        assertThat(row.changes(UpdatableField.EXAMPLE)).isTrue();
        assertThat(row.changes(UpdatableField.DESCRIPTION)).isFalse();
        assertThat(row.status()).isEqualTo(RowStatus.PENDING);

        Edit done = edit(1, "p1", EditState.APPLIED, Map.of(UpdatableField.EXAMPLE, "new"), null);
        state.apply(List.of(new OutboxEvent.EditUpdated(done, EditState.SENDING)));

        assertThat(applied).containsExactly(done);
        assertThat(state.row("p1").changes(UpdatableField.EXAMPLE)).isFalse();
        assertThat(state.row("p1").valueOr(UpdatableField.EXAMPLE, "old"))
                .as("shown until the row has it").isEqualTo("new");
        state.landed(done);
        assertThat(state.row("p1")).isEqualTo(RowEditState.NONE);
        assertThat(state.edits()).containsExactly(done);
    }

    @Test
    void aRejectionMarksOnlyTheFieldTheServerNamed() {
        EditError error = new EditError(ApiErrorKind.BAD_REQUEST, 400, "Bad request.",
                "Field 'export_alias' may contain only letters", "trace-1");
        Edit rejected = edit(2, "p2", EditState.REJECTED,
                Map.of(UpdatableField.EXAMPLE, "e", UpdatableField.EXPORT_ALIAS, "a-b"), error);

        state.apply(List.of(new OutboxEvent.EditEnqueued(rejected)));

        assertThat(state.row("p2").status()).isEqualTo(RowStatus.REJECTED);
        assertThat(state.row("p2").errorOn(UpdatableField.EXPORT_ALIAS)).contains(error);
        assertThat(state.row("p2").errorOn(UpdatableField.EXAMPLE)).isEmpty();
        assertThat(state.row("p2").statusText()).contains("trace-1");
    }

    @Test
    void eventsThatOvertookTheSnapshotWin() {
        Edit sentMeanwhile = edit(3, "p3", EditState.SENDING, Map.of(UpdatableField.EXAMPLE, "x"), null);
        Edit discardedMeanwhile = edit(4, "p4", EditState.PENDING, Map.of(UpdatableField.EXAMPLE, "y"), null);
        state.apply(List.of(new OutboxEvent.EditUpdated(sentMeanwhile, EditState.PENDING),
                new OutboxEvent.EditRemoved(discardedMeanwhile)));

        state.applySnapshot(List.of(edit(3, "p3", EditState.PENDING, Map.of(UpdatableField.EXAMPLE, "x"), null),
                discardedMeanwhile, edit(5, "p5", EditState.FAILED, Map.of(UpdatableField.PI_DATA, "1"), null)));

        assertThat(state.row("p3").status()).isEqualTo(RowStatus.SENDING);
        assertThat(state.row("p4")).isEqualTo(RowEditState.NONE);
        assertThat(state.row("p5").status()).isEqualTo(RowStatus.FAILED);
        assertThat(state.edits()).extracting(Edit::id).containsExactlyInAnyOrder(3L, 5L);
    }

    @Test
    void aPauseForCredentialsIsShownUntilSendingResumes() {
        EditError refused = new EditError(ApiErrorKind.UNAUTHORIZED, 401, "Unauthorized", null, "t");
        state.apply(List.of(new OutboxEvent.QueuePausedForCredentials(refused)));
        assertThat(state.pausedForCredentialsProperty().get()).isTrue();
        assertThat(state.credentialsErrorProperty().get()).isEqualTo(refused);

        state.apply(List.of(new OutboxEvent.QueueResumed()));
        assertThat(state.pausedForCredentialsProperty().get()).isFalse();
    }

    @Test
    void aRefusalIsShownOnTheRowUntilCleared() {
        state.setRefusal("p6", "System properties are defined by Hood and cannot be changed");
        assertThat(state.row("p6").status()).isEqualTo(RowStatus.REFUSED);
        state.setRefusal("p6", null);
        assertThat(state.row("p6")).isEqualTo(RowEditState.NONE);
    }

    static Edit edit(long id, String propertyId, EditState editState, Map<UpdatableField, String> changes,
                     EditError error) {
        Instant now = Instant.parse("2024-06-01T10:00:00Z");
        return new Edit(id, propertyId, "Property " + propertyId, Map.of(), changes, editState, 1, 0, error,
                now, now, now, editState == EditState.APPLIED ? now : null, id);
    }
}
