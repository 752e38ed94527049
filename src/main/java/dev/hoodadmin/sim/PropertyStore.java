package dev.hoodadmin.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;

/**
 * The simulator's in-memory table, safe for concurrent requests. Rows are never added, so a fixed array
 * plus an id index is enough; each update swaps one immutable row atomically, and a row deleted elsewhere
 * (a test's hook: the API has no delete) leaves an empty slot.
 */
final class PropertyStore {
    private final AtomicReferenceArray<PropertyRow> rows;
    private final Map<String, Integer> positionById;

    /** @param rowsInIdOrder rows already sorted by id; their order is the default list order */
    PropertyStore(List<PropertyRow> rowsInIdOrder) {
        this.rows = new AtomicReferenceArray<>(rowsInIdOrder.toArray(new PropertyRow[0]));
        this.positionById = new HashMap<>(rowsInIdOrder.size() * 2);
        for (int i = 0; i < rowsInIdOrder.size(); i++) {
            positionById.put(rowsInIdOrder.get(i).id(), i);
        }
    }

    int size() {
        return snapshot().size();
    }

    Optional<PropertyRow> find(String id) {
        Integer position = positionById.get(id);
        return position == null ? Optional.empty() : Optional.ofNullable(rows.get(position));
    }

    /** Removes the row; false when the id is unknown or already gone. */
    boolean delete(String id) {
        Integer position = positionById.get(id);
        return position != null && rows.getAndSet(position, null) != null;
    }

    /** All rows in id order, as they are right now. */
    List<PropertyRow> snapshot() {
        List<PropertyRow> copy = new ArrayList<>(rows.length());
        for (int i = 0; i < rows.length(); i++) {
            PropertyRow row = rows.get(i);
            if (row != null) copy.add(row);
        }
        return copy;
    }

    /** Applies {@code change} atomically; empty when the id is unknown. */
    Optional<PropertyRow> update(String id, UnaryOperator<PropertyRow> change) {
        Integer position = positionById.get(id);
        return position == null ? Optional.empty()
                : Optional.ofNullable(rows.updateAndGet(position, row -> row == null ? null : change.apply(row)));
    }
}
