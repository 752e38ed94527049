package dev.hoodadmin.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /v1/hood/profile-properties}: checks the body (400 naming the problem), refuses a label another
 * property already has (400), stores a custom property with the next id and answers 201 with it. Not
 * idempotent: sending the same body twice after the first answer was lost meets the duplicate-label 400.
 */
final class CreatePropertyEndpoint {
    static final String DUPLICATE_LABEL = "A property with this label already exists.";

    private final PropertyStore store;
    private final BodyValidator validator;
    private final Clock clock;
    private final ObjectMapper json;

    CreatePropertyEndpoint(PropertyStore store, BodyValidator validator, Clock clock, ObjectMapper json) {
        this.store = store;
        this.validator = validator;
        this.clock = clock;
        this.json = json;
    }

    SimResponse handle(SimRequest request) {
        Map<PropertyField, Object> values = validator.validateCreate(request.body());
        String label = (String) values.get(PropertyField.LABEL);
        String now = SampleDataGenerator.timestamp(LocalDateTime.now(clock));
        PropertyRow created = store.create(label, id -> {
            PropertyRow.Builder row = PropertyRow.builder(id)
                    .set(PropertyField.COMPANY_ID, SampleDataGenerator.COMPANY_ID)
                    .set(PropertyField.TARGET, machineName(label))
                    .set(PropertyField.IMPORT_ALIASES, java.util.List.of())
                    .set(PropertyField.SYSTEM, 0)
                    .set(PropertyField.CREATE_TIME, now)
                    .set(PropertyField.UPDATE_TIME, now);
            values.forEach(row::set);
            return row.build();
        }).orElseThrow(() -> ApiException.badRequest(DUPLICATE_LABEL));
        try {
            return SimResponse.json(201, json.writeValueAsBytes(created.toJson(EnumSet.allOf(PropertyField.class))));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "My Region" → "my_region": the machine name Hood derives from a label. */
    static String machineName(String label) {
        String name = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return name.isEmpty() ? "property" : name;
    }
}
