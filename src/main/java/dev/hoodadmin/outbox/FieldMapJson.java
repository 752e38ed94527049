package dev.hoodadmin.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hoodadmin.api.UpdatableField;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field maps as JSON objects keyed by the API's field names, so the stored text reads like a PATCH body. */
final class FieldMapJson {
    private static final TypeReference<LinkedHashMap<String, String>> TEXT_MAP = new TypeReference<>() { };
    private final ObjectMapper mapper;

    FieldMapJson(ObjectMapper mapper) {
        // Jackson refuses strings over 20 MB by default; a stored edit must stay readable whatever it holds,
        // or one row would fail every read of the outbox (new values are limited when they are queued)
        this.mapper = mapper.copy();
        this.mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build());
    }

    String write(Map<UpdatableField, String> values) {
        Map<String, String> byName = new LinkedHashMap<>();
        values.forEach((field, value) -> byName.put(field.wireName(), value));
        try {
            return mapper.writeValueAsString(byName);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write field values as JSON", e);
        }
    }

    /** Reads a stored map; a field name this version does not know is skipped rather than failing the row. */
    Map<UpdatableField, String> read(String json) {
        Map<String, String> byName;
        try {
            byName = mapper.readValue(json, TEXT_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored edit has unreadable field values: " + e.getOriginalMessage(), e);
        }
        Map<UpdatableField, String> values = new EnumMap<>(UpdatableField.class);
        byName.forEach((name, value) -> UpdatableField.fromWireName(name).ifPresent(field -> values.put(field, value)));
        return values;
    }
}
