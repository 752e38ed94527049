package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The read-only table of properties. Sorting happens here, on the rows already loaded. */
public final class PropertyTable {
    public static final String ID = "propertyTable";

    private PropertyTable() {
    }

    /** A table showing {@code rows} (which keep arriving while pages load), sortable by any column. */
    public static TableView<ProfileProperty> create(ObservableList<ProfileProperty> rows) {
        TableView<ProfileProperty> table = new TableView<>();
        table.setId(ID);
        table.setAccessibleText("Profile properties");
        table.getColumns().setAll(PropertyColumns.all());
        table.setTableMenuButtonVisible(true);
        table.setRowFactory(view -> new SystemAwareRow());
        SortedList<ProfileProperty> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label("No properties to show");
        placeholder.setId("propertyTablePlaceholder");
        table.setPlaceholder(placeholder);
        return table;
    }

    /** Marks rows of system properties so the stylesheet can set them apart. */
    private static final class SystemAwareRow extends TableRow<ProfileProperty> {
        @Override
        protected void updateItem(ProfileProperty property, boolean empty) {
            super.updateItem(property, empty);
            pseudoClassStateChanged(Pseudo.SYSTEM, !empty && property != null && property.isSystem());
        }
    }
}
