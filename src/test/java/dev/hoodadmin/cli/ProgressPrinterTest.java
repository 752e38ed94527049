package dev.hoodadmin.cli;

import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditError;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.OutboxEvent;
import dev.hoodadmin.testing.TestClock;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress lines say what happened, and the time left counts the pace measured so far and the waits ahead. */
class ProgressPrinterTest {
    private final TestClock clock = TestClock.manual();
    private final StringWriter lines = new StringWriter();

    private ProgressPrinter printer(int edits, Duration budgetPerEdit) {
        Set<Long> ids = LongStream.rangeClosed(1, edits).boxed().collect(Collectors.toSet());
        return new ProgressPrinter(new PrintWriter(lines, true), ids,
                left -> Optional.of(budgetPerEdit.multipliedBy(left)), clock, Duration.ZERO);
    }

    @Test
    void theTimeLeftFollowsTheMeasuredPaceWhenRequestsAreSlowerThanTheBudget() {
        ProgressPrinter progress = printer(30, Duration.ofMillis(100)); // the budget alone: 3 s for 30
        progress.started();
        assertThat(lines.toString()).contains("Sending 30 edit(s); estimated time: 3 s.");

        clock.advance(Duration.ofSeconds(3)); // each request takes 3 s
        progress.onEvent(finished(1, EditState.APPLIED));

        assertThat(lines.toString()).contains("applied 1/30; estimated time left: 1 min 27 s");
    }

    @Test
    void aRetryAfterWaitIsShownWithItsReasonAndCountedInTheTimeLeft() {
        ProgressPrinter progress = printer(2, Duration.ofMillis(100));
        progress.started();

        progress.onEvent(waiting(1, Duration.ofSeconds(40), new EditError(ApiErrorKind.RATE_LIMITED, 429,
                "Too many requests.", "waiting 40 s as the server asked", null)));
        progress.onEvent(finished(2, EditState.APPLIED));

        assertThat(lines.toString()).contains("waiting 40 s: the server asked (Retry-After)")
                .contains("applied 1/2; estimated time left: 41 s");
    }

    @Test
    void editsThatFailedAreNeverCountedAsSent() {
        ProgressPrinter progress = printer(3, Duration.ofMillis(100));
        progress.started();

        for (long id = 1; id <= 3; id++) progress.onEvent(finished(id, EditState.FAILED));
        progress.finished();

        assertThat(lines.toString()).contains("applied 0/3, 3 failed").doesNotContain("sent");
    }

    private OutboxEvent finished(long id, EditState state) {
        return new OutboxEvent.EditUpdated(edit(id, state, clock.instant(), null), EditState.SENDING);
    }

    private OutboxEvent waiting(long id, Duration wait, EditError error) {
        return new OutboxEvent.EditUpdated(edit(id, EditState.PENDING, clock.instant().plus(wait), error), EditState.SENDING);
    }

    private static Edit edit(long id, EditState state, Instant next, EditError error) {
        return new Edit(id, String.valueOf(1000100 + id), "p" + id, Map.of(), Map.of(UpdatableField.EXAMPLE, "x"),
                state, 1, error == null ? 0 : 1, error, next, next, next, null, id);
    }
}
