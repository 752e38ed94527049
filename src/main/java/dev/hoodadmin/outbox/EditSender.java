package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyLookup;
import dev.hoodadmin.ratelimit.RetryAfter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One turn of sending: claim the next due edit, check it against the server's current values
 * ({@link ConflictCheck}), PATCH its changed fields, record the outcome as the API contract's error table says.
 * A failed read is recorded on the edit like a failed PATCH (backoff, a pause for credentials, a 429's wait).
 * No waiting here; the worker does that.
 */
final class EditSender {
    private static final System.Logger LOG = System.getLogger(EditSender.class.getName());

    private final SendQueue queue;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final Duration retryAfterCap;
    private final ConflictCheck conflicts;
    private volatile PropertyApi api;
    private int parallelLimitsInARow; // worker thread only
    /** Edits whose check read failed: their next attempt is not a retry of a PATCH, so it is checked. */
    private final Set<Long> readFailed = new HashSet<>(); // worker thread only

    EditSender(SendQueue queue, PropertyApi api, RetryPolicy retryPolicy, Clock clock, Duration retryAfterCap,
               ConflictCheck conflicts) {
        this.queue = queue;
        this.conflicts = conflicts;
        this.api = Objects.requireNonNull(api, "api");
        this.retryPolicy = retryPolicy;
        this.clock = clock;
        this.retryAfterCap = retryAfterCap;
    }

    /** Used after new credentials: later requests go through this api. */
    void useApi(PropertyApi replacement) {
        this.api = Objects.requireNonNull(replacement, "api");
    }

    SendStep sendNextDue() throws InterruptedException {
        Optional<Edit> claimed = queue.claimNextDue();
        if (claimed.isEmpty()) return new SendStep.Idle(queue.nextDueTime().orElse(null));
        Edit edit = claimed.get();
        try {
            Optional<Edit> toSend = checked(edit);
            if (toSend.isEmpty()) return new SendStep.Sent(edit);
            edit = toSend.get();
            api.patch(edit.propertyId(), edit.changes());
        } catch (HoodApiException e) {
            conflicts.forget(edit.propertyId()); // the PATCH may have landed unheard: read again before the next
            if (!e.error().isParallelLimit()) parallelLimitsInARow = 0;
            return recordFailure(edit, e.error());
        } catch (InterruptedException e) {
            conflicts.forget(edit.propertyId());
            queue.returnUnanswered(edit);
            throw e;
        } catch (RuntimeException e) {
            // a bug, not the server: keep the edit visible as FAILED instead of losing the worker
            LOG.log(System.Logger.Level.ERROR, "Sending edit " + edit.id() + " failed inside the app", e);
            conflicts.forget(edit.propertyId());
            queue.failed(edit, EditError.internal(e), edit.faults());
            return new SendStep.Sent(edit);
        }
        parallelLimitsInARow = 0;
        queue.applied(edit);
        conflicts.applied(edit);
        return new SendStep.Sent(edit);
    }

    /**
     * The edit as it may be sent, after comparing it with the server's current values (read now, with the other
     * waiting properties, unless read within the last minute). Empty when nothing is left to send: every field
     * was changed elsewhere (CONFLICT), or the server already holds the values (APPLIED and journaled, no PATCH).
     * A retry is sent as it is: its earlier PATCH may have landed unheard, so a value that differs now may well be
     * its own, and sending it again is harmless (idempotent).
     */
    private Optional<Edit> checked(Edit edit) throws HoodApiException, InterruptedException {
        boolean patchedBefore = edit.attempts() > 1 && !readFailed.remove(edit.id()); // this attempt counts already
        if (patchedBefore) return Optional.of(edit);
        if (!conflicts.isFresh(edit.propertyId())) {
            List<String> group = new ArrayList<>(List.of(edit.propertyId()));
            queue.waitingProperties(PropertyLookup.IDS_PER_REQUEST).stream()
                    .filter(id -> !id.equals(edit.propertyId()) && !conflicts.isFresh(id))
                    .limit(PropertyLookup.IDS_PER_REQUEST - 1).forEach(group::add);
            try {
                conflicts.read(api, group);
            } catch (HoodApiException e) {
                readFailed.add(edit.id());
                throw e;
            }
        }
        ConflictCheck.Verdict verdict = conflicts.judge(edit);
        Optional<Edit> rest = verdict.conflicts() ? queue.conflicted(edit, verdict.theirs()) : Optional.of(edit);
        if (rest.isPresent() && conflicts.judge(rest.get()).alreadyThere()) {
            queue.applied(rest.get());
            return Optional.empty();
        }
        return rest;
    }

    private SendStep recordFailure(Edit edit, ApiError apiError) {
        EditError error = EditError.from(apiError);
        switch (apiError.kind()) {
            case BAD_REQUEST -> queue.rejected(edit, error);
            case UNAUTHORIZED, FORBIDDEN -> {
                queue.backInPlace(edit, error);
                return new SendStep.CredentialsNeeded(error);
            }
            case RATE_LIMITED -> {
                return recordRateLimit(edit, apiError);
            }
            case SERVER_ERROR, NETWORK, MALFORMED_RESPONSE -> backOff(edit, error);
            // 404: gone elsewhere; a redirect or an odd status: a setup problem. Kept for the person to decide.
            case NOT_FOUND, REDIRECT, UNEXPECTED -> queue.failed(edit, error, edit.faults());
        }
        return new SendStep.Sent(edit);
    }

    /**
     * A 429. A usable {@code Retry-After} (capped) holds the edit first in line until then; the rate budget
     * pauses every request as long, and the worker holds the queue too, so nothing spins should the gate not
     * know. The first {@code -1} (parallel-request limit) is resent at once: the gate waits for the other
     * request in flight. A -1 again and again, or a 429 naming no usable time (0, garbage, none), backs off
     * by the retry policy like a fault, so a confused server cannot draw a tight loop of PATCHes.
     */
    private SendStep recordRateLimit(Edit edit, ApiError apiError) {
        Instant now = clock.instant();
        Long asked = apiError.retryAfterSeconds();
        Optional<Duration> wait = RetryAfter.usableWait(asked, retryAfterCap);
        if (wait.isPresent()) {
            Instant until = now.plus(wait.get());
            boolean capped = wait.get().compareTo(Duration.ofSeconds(asked)) < 0;
            queue.backAtFront(edit, rateLimitError(apiError, "waiting " + readable(wait.get()) + " " + QueueWait.SERVER_ASKED_MARK
                    + (capped ? " (Retry-After " + asked + " s, capped at " + readable(retryAfterCap) + ")" : "")), until);
            return new SendStep.RateLimited(until);
        }
        if (RetryAfter.isParallelLimit(asked) && ++parallelLimitsInARow == 1) {
            queue.backAtFront(edit, rateLimitError(apiError, "too many requests in flight; sending again"), now);
            return new SendStep.RateLimited(null);
        }
        String why = RetryAfter.isParallelLimit(asked) ? "too many requests in flight, again"
                : "the server named no usable time to wait (Retry-After " + (asked == null ? "missing or unreadable" : asked) + ")";
        backOff(edit, rateLimitError(apiError, why));
        return new SendStep.Sent(edit);
    }

    /** A fault: retried after the policy's backoff until the retries are spent, then FAILED (kept). */
    private void backOff(Edit edit, EditError error) {
        int faults = edit.faults() + 1;
        if (retryPolicy.isExhausted(faults)) {
            queue.failed(edit, error, faults);
        } else {
            queue.retryLater(edit, error, faults, clock.instant().plus(retryPolicy.delayAfter(faults)));
        }
    }

    private static String readable(Duration wait) {
        if (wait.toMillis() % 1000 != 0) return wait.toMillis() + " ms";
        long seconds = wait.toSeconds();
        return seconds >= 60 && seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    private static EditError rateLimitError(ApiError error, String what) {
        return new EditError(error.kind(), error.status(), error.title(), "Rate limit reached: " + what, error.traceId());
    }
}
