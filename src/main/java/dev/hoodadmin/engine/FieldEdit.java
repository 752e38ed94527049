package dev.hoodadmin.engine;

import dev.hoodadmin.api.UpdatableField;

/** One checked row of an edits file: set {@code field} of property {@code propertyId} to {@code value}. */
public record FieldEdit(String source, int line, String propertyId, UpdatableField field, String value) {
}
