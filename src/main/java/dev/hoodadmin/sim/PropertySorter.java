package dev.hoodadmin.sim;

import java.util.Comparator;
import java.util.List;

/**
 * Orders rows by the requested sort keys, then by id so equal keys keep a stable order across
 * pages. Nulls go last in both directions, so descending order does not open with empty rows.
 */
final class PropertySorter {
    private static final Comparator<PropertyRow> BY_ID =
            Comparator.comparing((PropertyRow row) -> row.id().length()).thenComparing(PropertyRow::id);

    private PropertySorter() {
    }

    static Comparator<PropertyRow> comparator(List<SortKey> keys) {
        Comparator<PropertyRow> order = (a, b) -> 0;
        for (SortKey key : keys) {
            order = order.thenComparing(byKey(key));
        }
        return order.thenComparing(BY_ID);
    }

    private static Comparator<PropertyRow> byKey(SortKey key) {
        return (a, b) -> {
            Object left = a.get(key.field());
            Object right = b.get(key.field());
            if (left == null || right == null) {
                return left == null ? (right == null ? 0 : 1) : -1;
            }
            int result = compareValues(left, right);
            return key.descending() ? -result : result;
        };
    }

    private static int compareValues(Object left, Object right) {
        if (left instanceof Integer && right instanceof Integer) {
            return Integer.compare((Integer) left, (Integer) right);
        }
        return left.toString().compareTo(right.toString());
    }
}
