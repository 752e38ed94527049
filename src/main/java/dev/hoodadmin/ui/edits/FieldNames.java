package dev.hoodadmin.ui.edits;

import dev.hoodadmin.api.UpdatableField;

/** How the updatable fields are named to the person (labels, messages, the queue panel). */
public final class FieldNames {
    private FieldNames() {
    }

    public static String of(UpdatableField field) {
        return switch (field) {
            case EXAMPLE -> "Example";
            case DESCRIPTION -> "Description";
            case EXPORT_ALIAS -> "Export alias";
            case PI_DATA -> "PI data";
            case IMPORTABLE -> "Importable";
            case EXPORTABLE -> "Exportable";
        };
    }
}
