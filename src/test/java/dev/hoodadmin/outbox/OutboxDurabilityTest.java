package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.store.AppSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.hoodadmin.api.UpdatableField.DESCRIPTION;
import static dev.hoodadmin.api.UpdatableField.EXPORTABLE;
import static org.assertj.core.api.Assertions.assertThat;

/** Nothing typed is lost across a quit or a crash. */
@Timeout(10)
class OutboxDurabilityTest {
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
    void everyEditAndItsStateSurviveClosingAndReopening() throws Exception {
        h.api.thenFail(ScriptedApi.error(400)).thenFail(ScriptedApi.error(500));
        h.enqueue(region, Map.of(DESCRIPTION, "rejected"));
        h.enqueue(Properties.custom("2"), Map.of(DESCRIPTION, "ünïcødé \"quoted\" \n two lines", EXPORTABLE, "0"));
        h.drain();
        h.worker.stop();
        h.enqueue(Properties.custom("3"), Map.of(DESCRIPTION, ""));
        List<Edit> before = h.outbox.list();
        assertThat(before).extracting(Edit::state)
                .containsExactly(EditState.REJECTED, EditState.APPLIED, EditState.PENDING);

        h.reopen();

        assertThat(h.outbox.list()).isEqualTo(before);
        assertThat(h.database.schemaVersion()).isEqualTo(AppSchema.current().latestVersion());
    }

    @Test
    void anEditLeftInFlightByACrashIsSentAgainAfterReopening() throws Exception {
        Edit edit = h.enqueue(region, Map.of(DESCRIPTION, "sent when the app died"));
        h.outbox.sendQueue().claimNextDue(); // the PATCH was on the wire when the process ended
        h.reopen();
        assertThat(h.stored(edit.id()).state()).isEqualTo(EditState.SENDING);

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        assertThat(h.api.calls()).extracting(ScriptedApi.Call::changes).containsExactly(Map.of(DESCRIPTION, "sent when the app died"));
        assertThat(h.stored(edit.id()).state()).isEqualTo(EditState.APPLIED);
        assertThat(h.stored(edit.id()).attempts()).isEqualTo(2);
    }
}
