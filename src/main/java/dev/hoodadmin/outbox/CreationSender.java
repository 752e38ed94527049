package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.Filter;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.ratelimit.RetryAfter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One turn of creating: claim the oldest due creation and make sure its property exists exactly once. A POST
 * is not idempotent, so when an earlier request of this creation may have landed (its answer was lost, or the
 * app stopped mid-request) the label is looked up first ({@code label=eq:}) and a property found is adopted
 * instead of sending again. A 201 without a usable body is read back by label too.
 */
final class CreationSender {
    private static final System.Logger LOG = System.getLogger(CreationSender.class.getName());

    private final Creations creations;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final Duration retryAfterCap;
    private volatile PropertyApi api;

    CreationSender(Creations creations, PropertyApi api, RetryPolicy retryPolicy, Clock clock, Duration retryAfterCap) {
        this.creations = creations;
        this.api = Objects.requireNonNull(api, "api");
        this.retryPolicy = retryPolicy;
        this.clock = clock;
        this.retryAfterCap = retryAfterCap;
    }

    void useApi(PropertyApi replacement) {
        this.api = Objects.requireNonNull(replacement, "api");
    }

    /**
     * Sends the next due creation; when none is due, idles until the sooner of {@code editsDueAt} (when the
     * edits have something due) and the next creation's time.
     */
    SendStep sendNextDue(Instant editsDueAt) throws InterruptedException {
        Optional<Creation> claimed = creations.claimNextDue();
        if (claimed.isEmpty()) {
            Instant own = creations.nextDueTime().orElse(null);
            return new SendStep.Idle(own == null ? editsDueAt : editsDueAt == null || own.isBefore(editsDueAt) ? own : editsDueAt);
        }
        Creation creation = claimed.get();
        try {
            // attempts already counts this one: more than one means an earlier request may have landed
            Optional<ProfileProperty> existing = creation.attempts() > 1 ? findByLabel(creation.label()) : Optional.empty();
            ProfileProperty created = existing.isPresent() ? existing.get() : send(creation);
            creations.record(creation, (stored, now) -> stored.createdAs(created, now));
            return new SendStep.CreationSent(creation);
        } catch (HoodApiException e) {
            return recordFailure(creation, e.error());
        } catch (InterruptedException e) {
            creations.record(creation, (stored, now) -> stored.waiting(stored.lastError(), stored.faults(), now, now));
            throw e;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Creating '" + creation.label() + "' failed inside the app", e);
            creations.record(creation, (stored, now) ->
                    stored.stopped(CreationState.FAILED, EditError.internal(e), stored.faults(), now));
            return new SendStep.CreationSent(creation);
        }
    }

    private ProfileProperty send(Creation creation) throws HoodApiException, InterruptedException {
        Optional<ProfileProperty> answered = api.create(creation.request());
        if (answered.isPresent()) return answered.get();
        return findByLabel(creation.label()).orElseThrow(() -> new HoodApiException(ApiError.malformed(201,
                "The server said it created '" + creation.label() + "' but no property has that label")));
    }

    private Optional<ProfileProperty> findByLabel(String label) throws HoodApiException, InterruptedException {
        ListQuery byLabel = ListQuery.all().withFilter(Filter.eq("label", label)).withPage(1, 10);
        return api.list(byLabel).items().stream()
                .filter(row -> label.equals(row.label()) && row.id() != null)
                .findFirst();
    }

    private SendStep recordFailure(Creation creation, ApiError apiError) {
        EditError error = EditError.from(apiError);
        switch (apiError.kind()) {
            case BAD_REQUEST -> creations.record(creation, (stored, now) ->
                    stored.stopped(CreationState.REJECTED, error, stored.faults(), now));
            case UNAUTHORIZED, FORBIDDEN -> {
                creations.record(creation, (stored, now) -> stored.waiting(error, stored.faults(), now, now));
                return new SendStep.CredentialsNeeded(error);
            }
            case RATE_LIMITED -> {
                Instant until = clock.instant().plus(RetryAfter.usableWait(apiError.retryAfterSeconds(), retryAfterCap)
                        .orElse(retryPolicy.delayAfter(1)));
                creations.record(creation, (stored, now) -> stored.waiting(error, stored.faults(), until, now));
                return new SendStep.RateLimited(until);
            }
            case SERVER_ERROR, NETWORK, MALFORMED_RESPONSE -> {
                int faults = creation.faults() + 1;
                if (retryPolicy.isExhausted(faults)) {
                    creations.record(creation, (stored, now) -> stored.stopped(CreationState.FAILED, error, faults, now));
                } else {
                    Instant notBefore = clock.instant().plus(retryPolicy.delayAfter(faults));
                    creations.record(creation, (stored, now) -> stored.waiting(error, faults, notBefore, now));
                }
            }
            case NOT_FOUND, REDIRECT, UNEXPECTED -> creations.record(creation, (stored, now) ->
                    stored.stopped(CreationState.FAILED, error, stored.faults(), now));
        }
        return new SendStep.CreationSent(creation);
    }
}
