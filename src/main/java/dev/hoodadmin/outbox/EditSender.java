package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.PropertyApi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One turn of sending: claim the next due edit, PATCH its changed fields, record the outcome as the API
 * contract's error table says. No waiting here; the worker does that.
 */
final class EditSender {
    private static final System.Logger LOG = System.getLogger(EditSender.class.getName());

    private static final Duration MISSING_RETRY_AFTER = Duration.ofSeconds(1);

    private final SendQueue queue;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private volatile PropertyApi api;

    EditSender(SendQueue queue, PropertyApi api, RetryPolicy retryPolicy, Clock clock) {
        this.queue = queue;
        this.api = Objects.requireNonNull(api, "api");
        this.retryPolicy = retryPolicy;
        this.clock = clock;
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
            api.patch(edit.propertyId(), edit.changes());
        } catch (HoodApiException e) {
            return recordFailure(edit, e.error());
        } catch (InterruptedException e) {
            queue.returnUnanswered(edit);
            throw e;
        } catch (RuntimeException e) {
            // a bug, not the server: keep the edit visible as FAILED instead of losing the worker
            LOG.log(System.Logger.Level.ERROR, "Sending edit " + edit.id() + " failed inside the app", e);
            queue.failed(edit, EditError.internal(e), edit.faults());
            return new SendStep.Sent(edit);
        }
        queue.applied(edit);
        return new SendStep.Sent(edit);
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
                queue.backAtFront(edit, error);
                return new SendStep.RateLimited(holdUntil(apiError));
            }
            case SERVER_ERROR, NETWORK, MALFORMED_RESPONSE -> {
                int faults = edit.faults() + 1;
                if (retryPolicy.isExhausted(faults)) {
                    queue.failed(edit, error, faults);
                } else {
                    queue.retryLater(edit, error, faults, clock.instant().plus(retryPolicy.delayAfter(faults)));
                }
            }
            // 404: gone elsewhere; a redirect or an odd status: a setup problem. Kept for the person to decide.
            case NOT_FOUND, REDIRECT, UNEXPECTED -> queue.failed(edit, error, edit.faults());
        }
        return new SendStep.Sent(edit);
    }

    /**
     * The rate budget already pauses every request for Retry-After; holding the queue for the same time
     * adds no wait but keeps the worker from spinning should the gate not know. Retry-After -1 (too many
     * requests in flight) has no time to wait for; a 429 without the header waits a second.
     */
    private Instant holdUntil(ApiError error) {
        Long seconds = error.retryAfterSeconds();
        if (seconds == null) return clock.instant().plus(MISSING_RETRY_AFTER);
        return seconds <= 0 ? null : clock.instant().plusSeconds(seconds);
    }
}
