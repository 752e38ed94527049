package dev.hoodadmin.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;

/**
 * The simulator's in-memory table, safe for concurrent requests. Rows are never added or removed,
 * so a fixed array plus an id index is enough; each update swaps one immutable row atomically.
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
        return rows.length();
    }

    Optional<PropertyRow> find(String id) {
        Integer position = positionById.get(id);
        return position == null ? Optional.empty() : Optional.of(rows.get(position));
    }

    /** All rows in id order, as they are right now. */
    List<PropertyRow> snapshot() {
        List<PropertyRow> copy = new ArrayList<>(rows.length());
        for (int i = 0; i < rows.length(); i++) {
            copy.add(rows.get(i));
        }
        return copy;
    }

    /** Applies {@code change} atomically; empty when the id is unknown. */
    Optional<PropertyRow> update(String id, UnaryOperator<PropertyRow> change) {
        Integer position = positionById.get(id);
        return position == null ? Optional.empty() : Optional.of(rows.updateAndGet(position, change));
    }
}
