package dev.hoodadmin.ui.table;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TablePosition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells a table's selection gained and lost, net, while this listened to its selected cells: what a change
 * of rows did to it, found without copying a selection of thousands of cells before and after.
 */
@SuppressWarnings("rawtypes") // the table's selected cells are a list of raw TablePositions
final class SelectionChanges implements ListChangeListener<TablePosition> {
    /** true: gained, false: lost. */
    private final Map<TablePosition<?, ?>, Boolean> net = new LinkedHashMap<>();

    @Override
    public void onChanged(Change<? extends TablePosition> change) {
        while (change.next()) {
            for (TablePosition lost : change.getRemoved()) note(lost, false);
            if (change.wasAdded()) {
                for (TablePosition gained : change.getAddedSubList()) note(gained, true);
            }
        }
    }

    private void note(TablePosition<?, ?> cell, boolean gained) {
        Boolean before = net.get(cell);
        if (before != null && before != gained) net.remove(cell);
        else net.put(cell, gained);
    }

    List<TablePosition<?, ?>> gained() {
        return cells(true);
    }

    List<TablePosition<?, ?>> lost() {
        return cells(false);
    }

    private List<TablePosition<?, ?>> cells(boolean gained) {
        List<TablePosition<?, ?>> cells = new ArrayList<>();
        net.forEach((cell, isGained) -> {
            if (isGained == gained) cells.add(cell);
        });
        return cells;
    }
}
