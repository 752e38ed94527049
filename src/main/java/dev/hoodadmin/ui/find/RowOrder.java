package dev.hoodadmin.ui.find;

import dev.hoodadmin.api.ProfileProperty;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The order the person chose by clicking column headers: sort keys, first one first, each ascending or not.
 * Immutable, so it travels to the background pass. Each row's keys are computed once per sort (not once per
 * comparison), and they are cheap on purpose: text is folded ({@link TextFolding}) and compared by code point,
 * not by a locale's collator; ties keep the server's order.
 */
public record RowOrder(List<By> keys) {
    /** No column chosen: the server's order. */
    public static final RowOrder SERVER = new RowOrder(List.of());
    private static final int CHECK_EVERY = 4096;

    /**
     * One sort key. Equal when the column and direction are: the key function of a column never changes.
     *
     * @param column which column it comes from (its id)
     * @param key    the row's sort key; null sorts first, as JavaFX's own comparator does
     */
    public record By(String column, Function<ProfileProperty, ? extends Comparable<?>> key, boolean ascending) {
        public By {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof By by && by.column.equals(column) && by.ascending == ascending;
        }

        @Override
        public int hashCode() {
            return column.hashCode() * 31 + Boolean.hashCode(ascending);
        }
    }

    public RowOrder {
        keys = List.copyOf(keys);
    }

    public boolean isServerOrder() {
        return keys.isEmpty();
    }

    /** {@code rows} in this order (a stable sort); null as soon as {@code cancelled} says it is no longer wanted. */
    public List<ProfileProperty> sort(List<ProfileProperty> rows, BooleanSupplier cancelled) {
        if (keys.isEmpty()) return rows;
        Keyed[] keyed = new Keyed[rows.size()];
        for (int i = 0; i < keyed.length; i++) {
            if (i % CHECK_EVERY == 0 && cancelled.getAsBoolean()) return null;
            ProfileProperty row = rows.get(i);
            Comparable<?>[] values = new Comparable<?>[keys.size()];
            for (int k = 0; k < values.length; k++) values[k] = keys.get(k).key().apply(row);
            keyed[i] = new Keyed(row, values);
        }
        if (cancelled.getAsBoolean()) return null;
        Arrays.sort(keyed, comparator());
        ProfileProperty[] sorted = new ProfileProperty[keyed.length];
        for (int i = 0; i < keyed.length; i++) sorted[i] = keyed[i].row;
        return Arrays.asList(sorted);
    }

    private Comparator<Keyed> comparator() {
        return (a, b) -> {
            for (int k = 0; k < keys.size(); k++) {
                int byKey = compare(a.values[k], b.values[k]);
                if (byKey != 0) return keys.get(k).ascending() ? byKey : -byKey;
            }
            return 0;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparable a, Comparable b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        return a.compareTo(b);
    }

    private record Keyed(ProfileProperty row, Comparable<?>[] values) {
    }
}
