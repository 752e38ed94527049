package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ui.edits.EditsState;

/**
 * What editing cells need besides their value: the unsent edits to overlay, where to save a committed
 * value, and where to send the person for a value a cell cannot edit safely (text with line breaks).
 */
public record CellEditContext(EditsState edits, CommitHandler commit, Redirect editElsewhere) {

    /** Saves a value committed in a cell ("0"/"1" for flags). Called on the JavaFX thread. */
    @FunctionalInterface
    public interface CommitHandler {
        void commit(ProfileProperty row, UpdatableField field, String value);
    }

    /** Opens the field in a fuller editor (the detail pane). */
    @FunctionalInterface
    public interface Redirect {
        void open(ProfileProperty row, UpdatableField field);
    }
}
