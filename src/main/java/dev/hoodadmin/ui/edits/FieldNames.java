package dev.hoodadmin.ui.edits;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.UpdatableField;

/** How the updatable fields are named to the person (labels, messages, the queue panel). */
public final class FieldNames {
    private FieldNames() {
    }

    public static String of(UpdatableField field) {
        return Texts.get(switch (field) {
            case EXAMPLE -> "field.example";
            case DESCRIPTION -> "field.description";
            case EXPORT_ALIAS -> "field.exportAlias";
            case PI_DATA -> "field.piData";
            case IMPORTABLE -> "field.importable";
            case EXPORTABLE -> "field.exportable";
        });
    }
}
