package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows on screen, with an index from id to position so that changed rows can be put in place of their
 * old copies. Use on the JavaFX thread.
 */
final class LoadedRows {
    /** What a merge did: rows replaced because they changed, and rows that were not there before. */
    record Merge(int updated, int added) {
    }

    private final ObservableList<ProfileProperty> rows = FXCollections.observableArrayList();
    private final Map<String, Integer> positionById = new HashMap<>();

    ObservableList<ProfileProperty> list() {
        return rows;
    }

    void clear() {
        rows.clear();
        positionById.clear();
    }

    /** Adds rows of a full load (the pager already dropped repeated ids). */
    void append(List<ProfileProperty> more) {
        int position = rows.size();
        for (ProfileProperty row : more) {
            if (row.id() != null) positionById.put(row.id(), position);
            position++;
        }
        rows.addAll(more);
    }

    /**
     * Puts each row in place of the loaded row with its id (leaving identical rows alone, so the
     * rows a refresh sees again cost nothing) and adds rows with new ids at the end.
     */
    Merge merge(List<ProfileProperty> changed) {
        int updated = 0;
        List<ProfileProperty> added = new ArrayList<>();
        for (ProfileProperty row : changed) {
            Integer position = row.id() == null ? null : positionById.get(row.id());
            if (position == null) {
                added.add(row);
            } else if (!rows.get(position).equals(row)) {
                rows.set(position, row);
                    updated++;
            }
        }
        append(added);
        return new Merge(updated, added.size());
    }

    /** The loaded row with this id, found through the index. */
    Optional<ProfileProperty> find(String id) {
        Integer position = id == null ? null : positionById.get(id);
        return position == null ? Optional.empty() : Optional.of(rows.get(position));
    }

    /**
     * Puts a locally updated copy (e.g. after an applied edit) in place of the row with its id, if loaded.
     * Returns whether it was.
     */
    boolean replace(ProfileProperty updated) {
        Integer position = updated.id() == null ? null : positionById.get(updated.id());
        if (position == null) return false;
        rows.set(position, updated);
        return true;
    }

    /** Removes the rows with these ids (deleted on the server) and re-indexes the rest. */
    void remove(Set<String> ids) {
        if (ids.isEmpty()) return;
        List<ProfileProperty> kept = rows.stream().filter(row -> row.id() == null || !ids.contains(row.id())).toList();
        clear();
        append(kept);
    }
}
