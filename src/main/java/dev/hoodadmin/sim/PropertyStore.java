package dev.hoodadmin.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The simulator's in-memory table, safe for concurrent requests: a sorted concurrent map from id to an
 * immutable row. An update swaps one row atomically; a create takes the next id and checks the label under
 * one lock, so two concurrent POSTs of one label cannot both succeed; a row deleted elsewhere (a test's hook:
 * the API has no delete) is simply gone.
 */
final class PropertyStore {
    /** Digit strings in numeric order (shorter first), any other id after them in text order. */
    private static final Comparator<String> ID_ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private final ConcurrentNavigableMap<String, PropertyRow> rows = new ConcurrentSkipListMap<>(ID_ORDER);
    private final Object createLock = new Object();
    private long nextId;

    /** @param rowsInIdOrder the first rows; their id order is the default list order */
    PropertyStore(List<PropertyRow> rowsInIdOrder) {
        long highest = SampleDataGenerator.FIRST_ID - 1;
        for (PropertyRow row : rowsInIdOrder) {
            rows.put(row.id(), row);
            highest = Math.max(highest, numeric(row.id()));
        }
        nextId = highest + 1;
    }

    int size() {
        return rows.size();
    }

    Optional<PropertyRow> find(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    /** Removes the row; false when the id is unknown or already gone. */
    boolean delete(String id) {
        return rows.remove(id) != null;
    }

    /** All rows in id order, as they are right now. */
    List<PropertyRow> snapshot() {
        return new ArrayList<>(rows.values());
    }

    /** Applies {@code change} atomically; empty when the id is unknown. */
    Optional<PropertyRow> update(String id, UnaryOperator<PropertyRow> change) {
        return Optional.ofNullable(rows.computeIfPresent(id, (key, row) -> change.apply(row)));
    }

    /**
     * Adds the row {@code build} makes for the next free id, unless a row already has this label.
     *
     * @return the new row, or empty when the label is taken
     */
    Optional<PropertyRow> create(String label, Function<String, PropertyRow> build) {
        synchronized (createLock) {
            boolean taken = rows.values().stream().anyMatch(row -> Objects.equals(row.get(PropertyField.LABEL), label));
            if (taken) return Optional.empty();
            String id = Long.toString(nextId++);
            PropertyRow row = build.apply(id);
            rows.put(id, row);
            return Optional.of(row);
        }
    }

    private static long numeric(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }
}
