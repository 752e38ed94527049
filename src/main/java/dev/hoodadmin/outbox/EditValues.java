package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Rules about field values: what is valid, what counts as "no change", and what the server will end up with. */
final class EditValues {
    /**
     * The longest value the outbox takes. The API publishes only the description's limit (2,000 characters);
     * this bound keeps a pasted file from becoming an edit no one can read, send or show.
     */
    static final int MAX_VALUE_CHARS = 100_000;

    private EditValues() {
    }

    /** Refuses a value the API cannot take, before it enters the outbox rather than when it is sent. */
    static void validate(Map<UpdatableField, String> values) throws EditRefusedException {
        if (values == null || values.isEmpty()) {
            throw new EditRefusedException(EditRefusedException.Reason.NO_FIELDS, "An edit needs at least one changed field");
        }
        for (Map.Entry<UpdatableField, String> entry : values.entrySet()) {
            UpdatableField field = Objects.requireNonNull(entry.getKey(), "field");
            String value = entry.getValue();
            if (value == null) {
                throw new EditRefusedException(EditRefusedException.Reason.INVALID_VALUE, field.wireName() + " has no value");
            }
            if (value.length() > MAX_VALUE_CHARS) {
                throw new EditRefusedException(EditRefusedException.Reason.INVALID_VALUE, field.wireName() + " is "
                        + value.length() + " characters long; at most " + MAX_VALUE_CHARS + " are taken");
            }
            if (field.isFlag() && !value.equals("0") && !value.equals("1")) {
                throw new EditRefusedException(EditRefusedException.Reason.INVALID_VALUE,
                        field.wireName() + " must be 0 or 1, not '" + value + "'");
            }
        }
    }

    /** Equal for the person: an absent text and an empty text look the same in every editor. */
    static boolean same(UpdatableField field, String a, String b) {
        return field.isSameValue(a, b);
    }

    /** Every updatable field's value as the property shows it. */
    static Map<UpdatableField, String> snapshot(ProfileProperty property) {
        Map<UpdatableField, String> values = new EnumMap<>(UpdatableField.class);
        for (UpdatableField field : UpdatableField.values()) values.put(field, property.valueOf(field));
        return values;
    }

    /** What the server will hold once the given edits land, in order: later edits win. */
    static Map<UpdatableField, String> overlay(Collection<Edit> editsInOrder) {
        Map<UpdatableField, String> values = new EnumMap<>(UpdatableField.class);
        for (Edit edit : editsInOrder) values.putAll(edit.changes());
        return values;
    }

    /** The wanted values minus those equal to the baseline: exactly what a PATCH should carry. */
    static Map<UpdatableField, String> changesAgainst(Map<UpdatableField, String> baseline,
                                                      Map<UpdatableField, String> wanted) {
        Map<UpdatableField, String> changes = new EnumMap<>(UpdatableField.class);
        wanted.forEach((field, value) -> {
            if (!same(field, value, baseline.get(field))) changes.put(field, value);
        });
        return changes;
    }

    /** A name to show for the property: its label, else its target, else its id. */
    static String displayName(ProfileProperty property) {
        if (property.label() != null && !property.label().isBlank()) return property.label();
        if (property.target() != null && !property.target().isBlank()) return property.target();
        return property.id();
    }
}
