package dev.hoodadmin.ui.find;

import dev.hoodadmin.api.ProfileProperty;

import java.util.List;

/** Small hand-made properties for the filter tests. */
final class Rows {
    private Rows() {
    }

    static ProfileProperty row(String id, String target, String label, String description, String dataType,
                               Boolean piData, Boolean system, Boolean importable, Boolean exportable) {
        return new ProfileProperty(id, "42", target, label, dataType, null, description, null, List.of(),
                piData, system, importable, exportable, "2024-01-01 10:00:00", "2024-01-02 10:00:00");
    }

    static ProfileProperty custom(String id, String target, String label, String description) {
        return row(id, target, label, description, "text", false, false, true, true);
    }
}
