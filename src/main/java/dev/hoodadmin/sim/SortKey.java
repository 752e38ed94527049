package dev.hoodadmin.sim;

/** One entry of {@code sort=field,-field2}. */
record SortKey(PropertyField field, boolean descending) {
}
