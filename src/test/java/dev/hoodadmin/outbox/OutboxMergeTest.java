package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static dev.hoodadmin.api.UpdatableField.DESCRIPTION;
import static dev.hoodadmin.api.UpdatableField.EXAMPLE;
import static dev.hoodadmin.api.UpdatableField.EXPORTABLE;
import static dev.hoodadmin.api.UpdatableField.PI_DATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class OutboxMergeTest {
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

    @Test
    void keepsOnlyTheFieldsThatDifferFromWhatThePersonSaw() throws Exception {
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "Where the visitor lives", EXAMPLE, region.example(),
                PI_DATA, "1"));

        assertThat(edit.changes()).containsExactlyInAnyOrderEntriesOf(Map.of(DESCRIPTION, "Where the visitor lives", PI_DATA, "1"));
        assertThat(edit.baselineOf(DESCRIPTION)).isEqualTo("description 1000105");
        assertThat(edit.baselineOf(PI_DATA)).isEqualTo("0");
        assertThat(edit.state()).isEqualTo(EditState.PENDING);
        assertThat(edit.propertyName()).isEqualTo("Label 1000105");
        assertThat(h.eventsOf(OutboxEvent.EditEnqueued.class)).extracting(OutboxEvent.EditEnqueued::edit).containsExactly(edit);
    }

    @Test
    void valuesEqualToTheCurrentOnesQueueNothing() throws Exception {
        EditResult result = h.outbox.enqueue(region, Map.of(EXAMPLE, region.example(), EXPORTABLE, "1"));

        assertThat(result).isInstanceOf(EditResult.NoChange.class);
        assertThat(h.outbox.list()).isEmpty();
        assertThat(h.events).isEmpty();
    }

    @Test
    void anEmptyTextIsNoChangeToAMissingOne() throws Exception {
        ProfileProperty noDescription = Properties.withNullDescription("7");

        assertThat(h.outbox.enqueue(noDescription, Map.of(DESCRIPTION, ""))).isInstanceOf(EditResult.NoChange.class);
    }

    @Test
    void aSecondEditToAWaitingPropertyMergesIntoOneEdit() throws Exception {
        Edit first = h.enqueue(region, Map.of(DESCRIPTION, "first"));
        EditResult second = h.outbox.enqueue(region, Map.of(EXAMPLE, "Belgrade"));
        EditResult third = h.outbox.enqueue(region, Map.of(DESCRIPTION, "second thoughts"));

        assertThat(second).isInstanceOf(EditResult.Updated.class);
        assertThat(third).isInstanceOf(EditResult.Updated.class);
        Edit merged = h.onlyEdit();
        assertThat(merged.id()).isEqualTo(first.id());
        assertThat(merged.changes()).containsExactlyInAnyOrderEntriesOf(Map.of(DESCRIPTION, "second thoughts", EXAMPLE, "Belgrade"));
        assertThat(merged.baselineOf(DESCRIPTION)).isEqualTo("description 1000105");
    }

    @Test
    void mergingKeepsTheFirstBaselineEvenWhenThePersonNowSeesTheQueuedValue() throws Exception {
        h.enqueue(region, Map.of(DESCRIPTION, "queued"));
        ProfileProperty asShownWithQueuedValue = region.with(DESCRIPTION, "queued");

        h.outbox.enqueue(asShownWithQueuedValue, Map.of(DESCRIPTION, "description 1000105", EXAMPLE, "x"));

        // setting it back to what the server has drops the field, though the screen showed "queued"
        assertThat(h.onlyEdit().changes()).containsExactlyEntriesOf(Map.of(EXAMPLE, "x"));
    }

    @Test
    void settingAFieldBackAfterItsEditMayHaveLandedStillSendsIt() throws Exception {
        h.enqueue(region, Map.of(DESCRIPTION, "new"));
        h.outbox.sendQueue().claimNextDue().orElseThrow(); // sent, and the app died before the answer
        h.reopen();
        h.outbox.sendQueue().recoverInterrupted();
        ProfileProperty serverApplied = region.with(DESCRIPTION, "new");

        h.outbox.enqueue(serverApplied, Map.of(DESCRIPTION, "description 1000105"));

        // dropping the field would leave "new" on the server, which the person just set back
        assertThat(h.onlyEdit().changes()).containsExactlyEntriesOf(Map.of(DESCRIPTION, "description 1000105"));
        assertThat(h.onlyEdit().baselineOf(DESCRIPTION)).isEqualTo("new");
    }

    @Test
    void changingAFieldBackToItsBaselineDropsIt() throws Exception {
        h.enqueue(region, Map.of(DESCRIPTION, "new", EXAMPLE, "new example"));

        h.outbox.enqueue(region, Map.of(DESCRIPTION, "description 1000105"));

        assertThat(h.onlyEdit().changes()).containsExactlyEntriesOf(Map.of(EXAMPLE, "new example"));
    }

    @Test
    void anEditWithEveryFieldBackToItsBaselineIsRemoved() throws Exception {
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "new", PI_DATA, "1"));

        EditResult result = h.outbox.enqueue(region, Map.of(DESCRIPTION, "description 1000105", PI_DATA, "0"));

        assertThat(result).isInstanceOf(EditResult.Withdrawn.class);
        assertThat(((EditResult.Withdrawn) result).removed().id()).isEqualTo(edit.id());
        assertThat(h.outbox.list()).isEmpty();
        assertThat(h.eventsOf(OutboxEvent.EditRemoved.class)).hasSize(1);
    }

    @Test
    void editsToDifferentPropertiesStaySeparate() throws Exception {
        h.enqueue(region, Map.of(DESCRIPTION, "a"));
        h.enqueue(Properties.custom("2"), Map.of(DESCRIPTION, "b"));

        assertThat(h.outbox.list()).extracting(Edit::propertyId).containsExactly("1000105", "2");
        assertThat(h.outbox.counts().pending()).isEqualTo(2);
    }

    @Test
    void anEditMadeWhileThePropertyIsInFlightWaitsAsASeparateEdit() throws Exception {
        Edit inFlight = h.enqueue(region, Map.of(DESCRIPTION, "in flight", EXAMPLE, "e1"));
        assertThat(h.outbox.sendQueue().claimNextDue()).isPresent();

        EditResult during = h.outbox.enqueue(region, Map.of(DESCRIPTION, "after", PI_DATA, "1"));
        h.outbox.enqueue(region, Map.of(EXAMPLE, "e1")); // same as the in-flight value: nothing to add

        Edit waiting = ((EditResult.Queued) during).edit();
        assertThat(waiting.id()).isNotEqualTo(inFlight.id());
        assertThat(h.stored(inFlight.id()).changes()).containsExactlyInAnyOrderEntriesOf(Map.of(DESCRIPTION, "in flight", EXAMPLE, "e1"));
        assertThat(h.stored(waiting.id()).changes()).containsExactlyInAnyOrderEntriesOf(Map.of(DESCRIPTION, "after", PI_DATA, "1"));
        // its baseline is what the server will hold once the in-flight PATCH lands
        assertThat(waiting.baselineOf(DESCRIPTION)).isEqualTo("in flight");
        assertThat(h.outbox.queuedValues(region.id())).containsEntry(DESCRIPTION, "after").containsEntry(EXAMPLE, "e1");
    }

    @Test
    void settingAFieldBackWhileInFlightIsSentAsAChange() throws Exception {
        h.enqueue(region, Map.of(DESCRIPTION, "in flight"));
        h.outbox.sendQueue().claimNextDue();

        EditResult result = h.outbox.enqueue(region, Map.of(DESCRIPTION, "description 1000105"));

        assertThat(result).isInstanceOf(EditResult.Queued.class);
        assertThat(((EditResult.Queued) result).edit().changes()).containsExactlyEntriesOf(Map.of(DESCRIPTION, "description 1000105"));
    }

    @Test
    void refusesSystemPropertiesAndStoresNothing() {
        assertThatThrownBy(() -> h.outbox.enqueue(Properties.system("1"), Map.of(DESCRIPTION, "mine now")))
                .isInstanceOfSatisfying(EditRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.SYSTEM_PROPERTY))
                .hasMessage("System properties are defined by Hood and cannot be changed");
        assertThat(h.outbox.list()).isEmpty();
    }

    @Test
    void refusesAnEditWithoutFields() {
        assertThatThrownBy(() -> h.outbox.enqueue(region, Map.of()))
                .isInstanceOfSatisfying(EditRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.NO_FIELDS));
    }

    @Test
    void refusesAFlagThatIsNotZeroOrOneAndAMissingValue() {
        assertThatThrownBy(() -> h.outbox.enqueue(region, Map.of(PI_DATA, "yes")))
                .isInstanceOfSatisfying(EditRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.INVALID_VALUE))
                .hasMessageContaining("pi_data must be 0 or 1");
        Map<UpdatableField, String> missing = new HashMap<>();
        missing.put(DESCRIPTION, null);
        assertThatThrownBy(() -> h.outbox.enqueue(region, missing)).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("description has no value");
        assertThat(h.outbox.list()).isEmpty();
    }

    @Test
    void refusesAPropertyWithoutId() {
        ProfileProperty noId = new ProfileProperty(null, null, "t", "l", null, null, null, null, null, null, null,
                null, null, null, null);

        assertThatThrownBy(() -> h.outbox.enqueue(noId, Map.of(DESCRIPTION, "x")))
                .isInstanceOfSatisfying(EditRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.NO_PROPERTY_ID));
    }
}
