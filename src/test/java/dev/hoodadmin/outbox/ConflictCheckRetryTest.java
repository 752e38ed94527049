package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.ApiErrorKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.hoodadmin.api.UpdatableField.EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

/** A failed check read is no PATCH: the edit's next attempt is checked again, not sent unchecked as a retry. */
@Timeout(10)
class ConflictCheckRetryTest {
    @TempDir
    Path dir;
    OutboxHarness h;

    @BeforeEach
    void open() {
        h = new OutboxHarness(dir);
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void anEditWhoseCheckReadFailedIsCheckedAgainBeforeItIsSent() throws Exception {
        h.api.thenFailRead(new ApiError(ApiErrorKind.NOT_FOUND, 404, "Not found", null, null, null));
        Edit edit = h.enqueue(Properties.custom("1000105"), Map.of(EXAMPLE, "checked"));

        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);
        assertThat(h.stored(edit.id()).state()).isEqualTo(EditState.FAILED);
        assertThat(h.api.calls()).isEmpty();

        h.outbox.retry(edit.id());
        assertThat(h.drain()).isEqualTo(DrainResult.DRAINED);

        assertThat(h.api.reads()).isEqualTo(2);
        assertThat(h.api.calls()).hasSize(1);
        assertThat(h.stored(edit.id()).state()).isEqualTo(EditState.APPLIED);
    }
}
