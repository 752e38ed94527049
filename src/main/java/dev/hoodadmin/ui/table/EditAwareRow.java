package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.edits.EditsState;
import dev.hoodadmin.ui.edits.RowStatus;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.TableRow;

/** A row that shows it is locked (system) or has unsent or failed edits, by colour. */
final class EditAwareRow extends TableRow<ProfileProperty> {
    private final EditsState edits;
    private final ChangeListener<Number> onEditsChanged = (obs, old, now) -> mark();

    EditAwareRow(EditsState edits) {
        this.edits = edits;
        edits.revisionProperty().addListener(new WeakChangeListener<>(onEditsChanged));
    }

    @Override
    protected void updateItem(ProfileProperty property, boolean empty) {
        super.updateItem(property, empty);
        mark();
    }

    private void mark() {
        ProfileProperty property = isEmpty() ? null : getItem();
        RowStatus status = property == null ? RowStatus.NONE : edits.row(property.id()).status();
        pseudoClassStateChanged(Pseudo.SYSTEM, property != null && property.isSystem());
        pseudoClassStateChanged(EditPseudo.ROW_PENDING, status == RowStatus.PENDING || status == RowStatus.SENDING);
        pseudoClassStateChanged(EditPseudo.ROW_PROBLEM,
                status == RowStatus.REJECTED || status == RowStatus.FAILED || status == RowStatus.REFUSED);
    }
}
