package dev.hoodadmin.ui.common;

import java.util.Objects;

/** A table column as the person left it: which column (by its node id) and how wide. */
public record ColumnState(String id, double width) {
    public ColumnState {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("column id must not be blank");
        if (!Double.isFinite(width) || width <= 0) {
            throw new IllegalArgumentException("column width must be positive, not " + width);
        }
    }
}
