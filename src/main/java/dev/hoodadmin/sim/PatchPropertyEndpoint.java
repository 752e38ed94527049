package dev.hoodadmin.sim;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * {@code PATCH /v1/hood/profile-properties/{id}}. Order of checks: unknown id (404), then system
 * property (400, whatever the body), then the body itself. Success stamps update_time with the
 * simulator clock's local time and answers 204; sending the same body again is harmless.
 */
final class PatchPropertyEndpoint {
    static final String SYSTEM_NOT_UPDATABLE = "System properties are not updatable.";

    private final PropertyStore store;
    private final BodyValidator validator;
    private final Clock clock;

    PatchPropertyEndpoint(PropertyStore store, BodyValidator validator, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.clock = clock;
    }

    SimResponse handle(String id, SimRequest request) {
        PropertyRow current = store.find(id)
                .orElseThrow(() -> ApiException.notFound("No profile property with id '" + id + "'."));
        if (current.isSystem()) {
            throw ApiException.badRequest(SYSTEM_NOT_UPDATABLE);
        }
        Map<PropertyField, Object> changes = validator.validate(request.body());
        changes.put(PropertyField.UPDATE_TIME, SampleDataGenerator.timestamp(LocalDateTime.now(clock)));
        store.update(id, row -> row.with(changes));
        return SimResponse.noContent();
    }
}
