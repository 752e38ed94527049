package dev.hoodadmin.engine;

import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.outbox.Creations;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a new custom property must satisfy before it is queued, for the window and the command line alike:
 * a label, unique in the account (among the properties known and the creations still queued), and one of the
 * documented data types. The six updatable fields follow the same rules as editing; the server stays the judge.
 */
public final class NewPropertyCheck {
    private final Set<String> takenLabels = new HashSet<>();

    NewPropertyCheck(PropertySync properties, Creations creations) {
        for (ProfileProperty row : properties.known()) {
            if (row.label() != null) takenLabels.add(row.label());
        }
        takenLabels.addAll(creations.activeLabels());
    }

    /** Why this label cannot be used for a new property; empty when it can. */
    public Optional<String> labelProblem(String label) {
        if (label == null || label.isBlank()) return Optional.of("A label is required.");
        if (takenLabels.contains(label)) return Optional.of("A property labelled '" + label + "' already exists in this account.");
        return Optional.empty();
    }

    /** Why this data type cannot be used; empty when it is one of the documented ones. */
    public Optional<String> dataTypeProblem(String dataType) {
        return NewProperty.DATA_TYPES.contains(dataType) ? Optional.empty()
                : Optional.of("Data type must be one of " + String.join(", ", NewProperty.DATA_TYPES) + ".");
    }

    /** The first problem of the label, the data type or a flag; empty when the property may be queued. */
    public Optional<String> problem(NewProperty property) {
        return labelProblem(property.label()).or(() -> dataTypeProblem(property.dataType())).or(() -> flagProblem(property));
    }

    private static Optional<String> flagProblem(NewProperty property) {
        return property.values().entrySet().stream()
                .filter(value -> value.getKey().isFlag() && !"0".equals(value.getValue()) && !"1".equals(value.getValue()))
                .findFirst()
                .map(value -> value.getKey().wireName() + " must be 0 or 1, not '" + value.getValue() + "'.");
    }

    /** Counts a label as taken (the next one checked in the same batch must differ). */
    public void reserve(String label) {
        takenLabels.add(label);
    }
}
