package dev.hoodadmin.sim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One stored profile property, immutable. Values are kept in a flat array (one slot per
 * {@link PropertyField}) rather than a map so that 100,000 rows stay small. A field can be null
 * (serialised as JSON null) or absent (left out of the JSON entirely); the contract allows both.
 */
final class PropertyRow {
    private static final PropertyField[] FIELDS = PropertyField.values();

    private final Object[] values;
    private final int absentMask;
    private final boolean labelAsProperty;

    private PropertyRow(Object[] values, int absentMask, boolean labelAsProperty) {
        this.values = values;
        this.absentMask = absentMask;
        this.labelAsProperty = labelAsProperty;
    }

    String id() {
        return (String) values[PropertyField.ID.ordinal()];
    }

    boolean isSystem() {
        return Integer.valueOf(1).equals(get(PropertyField.SYSTEM));
    }

    /** The value, or null when it is null or absent. Flags are Integer, lists List&lt;String&gt;, else String. */
    Object get(PropertyField field) {
        return values[field.ordinal()];
    }

    boolean isPresent(PropertyField field) {
        return (absentMask & bit(field)) == 0;
    }

    /** A copy with the given values set (and present). */
    PropertyRow with(Map<PropertyField, Object> changes) {
        Object[] copy = values.clone();
        int mask = absentMask;
        for (Map.Entry<PropertyField, Object> change : changes.entrySet()) {
            copy[change.getKey().ordinal()] = change.getValue();
            mask &= ~bit(change.getKey());
        }
        return new PropertyRow(copy, mask, labelAsProperty);
    }

    /** The JSON object for this row: present fields only, in contract order, limited to {@code selected}. */
    Map<String, Object> toJson(Set<PropertyField> selected) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (PropertyField field : FIELDS) {
            if (isPresent(field) && selected.contains(field)) {
                json.put(jsonName(field), values[field.ordinal()]);
            }
        }
        return json;
    }

    private String jsonName(PropertyField field) {
        return field == PropertyField.LABEL && labelAsProperty ? PropertyField.LABEL_ALIAS : field.jsonName();
    }

    private static int bit(PropertyField field) {
        return 1 << field.ordinal();
    }

    @Override
    public String toString() {
        return "PropertyRow" + Arrays.toString(values);
    }

    static Builder builder(String id) {
        return new Builder().set(PropertyField.ID, id);
    }

    static final class Builder {
        private final Object[] values = new Object[FIELDS.length];
        private int absentMask;
        private boolean labelAsProperty;

        Builder set(PropertyField field, Object value) {
            values[field.ordinal()] = value;
            absentMask &= ~bit(field);
            return this;
        }

        /** Leaves the field out of the JSON altogether (as opposed to sending null). */
        Builder omit(PropertyField field) {
            values[field.ordinal()] = null;
            absentMask |= bit(field);
            return this;
        }

        /** Serialise the label under the name {@code property}, as one published example does. */
        Builder labelAsProperty() {
            labelAsProperty = true;
            return this;
        }

        PropertyRow build() {
            return new PropertyRow(values.clone(), absentMask, labelAsProperty);
        }
    }
}
