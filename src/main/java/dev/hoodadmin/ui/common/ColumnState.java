package dev.hoodadmin.ui.common;

import java.util.Objects;

/** A table column as the person left it: which column (by its node id), how wide, and whether it is shown. */
public record ColumnState(String id, double width, boolean visible) {
    public ColumnState {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("column id must not be blank");
        if (!Double.isFinite(width) || width <= 0) {
            throw new IllegalArgumentException("column width must be positive, not " + width);
        }
    }

    /** A shown column. */
    public ColumnState(String id, double width) {
        this(id, width, true);
    }
}
