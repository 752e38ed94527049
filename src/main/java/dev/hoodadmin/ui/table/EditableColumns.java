package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Map;
import java.util.Optional;

/**
 * Turns the read-only table into an editor: the six updatable columns get editing cells, every other
 * column is made read-only, the status column shows edit states as well as locks, and cells can be
 * selected one by one (for the keyboard, paste and bulk edit).
 */
public final class EditableColumns {
    private static final Map<String, UpdatableField> FIELDS = Map.of(
            PropertyColumns.EXAMPLE, UpdatableField.EXAMPLE,
            PropertyColumns.DESCRIPTION, UpdatableField.DESCRIPTION,
            PropertyColumns.EXPORT_ALIAS, UpdatableField.EXPORT_ALIAS,
            PropertyColumns.PI_DATA, UpdatableField.PI_DATA,
            PropertyColumns.IMPORTABLE, UpdatableField.IMPORTABLE,
            PropertyColumns.EXPORTABLE, UpdatableField.EXPORTABLE);

    private EditableColumns() {
    }

    /** The updatable field a column shows, if it shows one. */
    public static Optional<UpdatableField> fieldOf(TableColumn<?, ?> column) {
        return column == null ? Optional.empty() : Optional.ofNullable(FIELDS.get(column.getId()));
    }

    /** The column showing {@code field}, if the table has it. */
    public static Optional<TableColumn<ProfileProperty, ?>> columnOf(TableView<ProfileProperty> table,
                                                                     UpdatableField field) {
        return table.getColumns().stream().filter(c -> fieldOf(c).orElse(null) == field).findFirst();
    }

    @SuppressWarnings("unchecked")
    public static void install(TableView<ProfileProperty> table, CellEditContext context) {
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setRowFactory(view -> new EditAwareRow(context.edits()));
        for (TableColumn<ProfileProperty, ?> column : table.getColumns()) {
            Optional<UpdatableField> field = fieldOf(column);
            column.setEditable(field.isPresent());
            if (PropertyColumns.STATUS.equals(column.getId())) {
                ((TableColumn<ProfileProperty, Boolean>) column).setCellFactory(c -> new EditStatusCell(context.edits()));
            }
            if (field.isEmpty()) continue;
            if (field.get().isFlag()) {
                TableColumn<ProfileProperty, Boolean> flags = (TableColumn<ProfileProperty, Boolean>) column;
                flags.setCellFactory(c -> new EditableFlagCell(field.get(), context));
                flags.setOnEditCommit(event -> context.commit().commit(event.getRowValue(), field.get(),
                        Boolean.TRUE.equals(event.getNewValue()) ? "1" : "0"));
            } else {
                TableColumn<ProfileProperty, String> texts = (TableColumn<ProfileProperty, String>) column;
                texts.setCellFactory(c -> new EditableTextCell(field.get(), context));
                texts.setOnEditCommit(event -> context.commit().commit(event.getRowValue(), field.get(),
                        event.getNewValue()));
            }
        }
    }
}
