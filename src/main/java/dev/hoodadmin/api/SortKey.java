package dev.hoodadmin.api;

import java.util.Set;

/** One sort key; written {@code field} or {@code -field} for descending. */
public record SortKey(String field, boolean descending) {

    /** Fields the contract allows sorting on. */
    public static final Set<String> SORTABLE = Set.of("data_type", "pi_data", "importable", "exportable",
            "create_time", "update_time");

    public SortKey {
        if (!SORTABLE.contains(field)) {
            throw new IllegalArgumentException("'" + field + "' is not sortable; use one of " + SORTABLE);
        }
    }

    public static SortKey asc(String field) {
        return new SortKey(field, false);
    }

    public static SortKey desc(String field) {
        return new SortKey(field, true);
    }

    String queryValue() {
        return descending ? "-" + field : field;
    }
}
