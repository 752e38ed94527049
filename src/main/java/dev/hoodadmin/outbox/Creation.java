package dev.hoodadmin.outbox;

import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.ProfileProperty;

import java.time.Instant;

/**
 * A custom property the person asked to create, as stored in the outbox. {@code attempts} counts requests
 * started (counted durably before each one); once one was started, its POST may have landed even when no
 * answer came, so every later attempt looks for the label on the server first.
 *
 * @param created the property as the server described it, once {@link CreationState#CREATED}
 */
public record Creation(long id, NewProperty request, CreationState state, int attempts, int faults,
                       ProfileProperty created, EditError lastError, Instant nextAttemptAt, Instant createdAt,
                       Instant updatedAt) {

    public String label() {
        return request.label();
    }

    /** The server's id of the created property, or null until it is created. */
    public String propertyId() {
        return created == null ? null : created.id();
    }

    Creation sending(Instant now) {
        return new Creation(id, request, CreationState.SENDING, attempts + 1, faults, created, lastError,
                nextAttemptAt, createdAt, now);
    }

    Creation createdAs(ProfileProperty property, Instant now) {
        return new Creation(id, request, CreationState.CREATED, attempts, faults, property, null, nextAttemptAt,
                createdAt, now);
    }

    Creation waiting(EditError error, int newFaults, Instant notBefore, Instant now) {
        return new Creation(id, request, CreationState.PENDING, attempts, newFaults, created, error, notBefore,
                createdAt, now);
    }

    Creation stopped(CreationState finalState, EditError error, int newFaults, Instant now) {
        return new Creation(id, request, finalState, attempts, newFaults, created, error, nextAttemptAt, createdAt, now);
    }
}
