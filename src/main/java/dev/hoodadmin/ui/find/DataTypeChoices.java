package dev.hoodadmin.ui.find;

import dev.hoodadmin.api.ProfileProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.Collections;

/**
 * The data types found in the loaded rows, sorted, after {@link #ANY}. Only grows: new types are
 * inserted in place (cheap while pages arrive), and a reload that empties the rows for a moment
 * must not take away the type the person has chosen.
 */
final class DataTypeChoices {
    static final String ANY = "";

    private final ObservableList<String> choices = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> readOnly = FXCollections.unmodifiableObservableList(choices);

    DataTypeChoices(ObservableList<ProfileProperty> rows) {
        rows.addListener((ListChangeListener<ProfileProperty>) change -> {
            while (change.next()) {
                if (!change.wasAdded()) continue;
                for (ProfileProperty row : change.getAddedSubList()) add(row.dataType());
            }
        });
        rows.forEach(row -> add(row.dataType()));
    }

    private void add(String type) {
        if (type == null || type.isBlank()) return;
        // position 0 holds ANY, which sorts before every real type
        int found = Collections.binarySearch(choices, type);
        if (found < 0) choices.add(-found - 1, type);
    }

    ObservableList<String> choices() {
        return readOnly;
    }
}
