package dev.hoodadmin.ui.edits;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditError;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which of an edit's fields a server error is about, so the message sits under the right field. The
 * server names the field in its message ("Field 'description' is too long…"); when it names none of the
 * edit's fields, the error concerns all of them.
 */
public final class ServerErrorFields {
    private ServerErrorFields() {
    }

    public static Set<UpdatableField> concerned(Edit edit, EditError error) {
        Set<UpdatableField> changed = edit.changedFields();
        if (changed.isEmpty()) return Set.of();
        String text = ((error.title() == null ? "" : error.title()) + " "
                + (error.message() == null ? "" : error.message())).toLowerCase(Locale.ROOT);
        Set<UpdatableField> named = EnumSet.noneOf(UpdatableField.class);
        for (UpdatableField field : changed) {
            if (text.contains("'" + field.wireName() + "'") || text.contains("\"" + field.wireName() + "\"")) {
                named.add(field);
            }
        }
        return named.isEmpty() ? EnumSet.copyOf(changed) : named;
    }
}
