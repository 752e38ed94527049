package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ApiErrorKind;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * What the queue is waiting for and until when: a backoff after a server fault (5xx, a dropped connection, an
 * unreadable answer), a pause the server asked for ({@code Retry-After}), or a new token. The one place that reads
 * this from the edits, so the window's progress and the command line's wait lines say the same; both pass the
 * worker's clock ({@link OutboxWorker#clock()}).
 *
 * @param until when sending goes on; null for {@link Reason#NONE} and {@link Reason#SIGN_IN} (no time known)
 */
public record QueueWait(Reason reason, Instant until) {
    /** Put in an edit's error message by a 429 with a usable {@code Retry-After}, so the wait is told apart. */
    static final String SERVER_ASKED_MARK = "as the server asked";

    public static final QueueWait NONE = new QueueWait(Reason.NONE, null);

    public enum Reason {
        /** Nothing holds the queue back but the rate budget (or nothing is waiting). */
        NONE,
        /** Retrying with backoff after a server fault. */
        SERVER_FAULT,
        /** The server asked to wait (429 with {@code Retry-After}). */
        SERVER_ASKED,
        /** The server refused the token; nothing is sent until someone signs in again. */
        SIGN_IN
    }

    /**
     * What holds back the queue of {@code edits} at {@code now}: the sign-in pause; else, when no edit is due or in
     * flight, the wait of the edit due first; else nothing.
     */
    public static QueueWait of(Collection<Edit> edits, boolean pausedForCredentials, Instant now) {
        if (pausedForCredentials) return new QueueWait(Reason.SIGN_IN, null);
        Edit first = null;
        for (Edit edit : edits) {
            if (edit.state() == EditState.SENDING) return NONE;
            if (edit.state() != EditState.PENDING) continue;
            if (!edit.nextAttemptAt().isAfter(now)) return NONE; // something goes out as soon as the budget allows
            if (first == null || edit.nextAttemptAt().isBefore(first.nextAttemptAt())) first = edit;
        }
        return first == null ? NONE : ofEdit(first, now);
    }

    /** The wait one edit is in at {@code now}: pending with an error and a next attempt still ahead. */
    public static QueueWait ofEdit(Edit edit, Instant now) {
        if (edit.state() != EditState.PENDING || edit.lastError() == null || !edit.nextAttemptAt().isAfter(now)) {
            return NONE;
        }
        return new QueueWait(serverAsked(edit.lastError()) ? Reason.SERVER_ASKED : Reason.SERVER_FAULT,
                edit.nextAttemptAt());
    }

    /** How long is left at {@code now}; zero when there is no known end. */
    public Duration left(Instant now) {
        return until == null || !until.isAfter(now) ? Duration.ZERO : Duration.between(now, until);
    }

    public boolean isWaiting() {
        return reason != Reason.NONE;
    }

    private static boolean serverAsked(EditError error) {
        return error.kind() == ApiErrorKind.RATE_LIMITED && error.message() != null
                && error.message().contains(SERVER_ASKED_MARK);
    }
}
