package dev.hoodadmin.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A custom property to create: its label, data type and any of the six updatable fields (flags as "0"/"1").
 * Values are sent exactly as given.
 */
public record NewProperty(String label, String dataType, Map<UpdatableField, String> values) {
    /** The data types the contract documents for a new property; {@code text} is the default. */
    public static final List<String> DATA_TYPES = List.of("text", "number", "date");

    public NewProperty {
        Objects.requireNonNull(label, "label");
        dataType = dataType == null || dataType.isEmpty() ? DATA_TYPES.get(0) : dataType;
        Map<UpdatableField, String> copy = new EnumMap<>(UpdatableField.class);
        copy.putAll(values);
        values = Map.copyOf(copy);
    }

    public static NewProperty labelled(String label) {
        return new NewProperty(label, null, Map.of());
    }
}
