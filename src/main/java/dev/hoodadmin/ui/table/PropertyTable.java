package dev.hoodadmin.ui.table;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.find.FindModel;
import dev.hoodadmin.ui.find.RowOrder;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of properties. It shows {@link FindModel#shownRows()}; clicking a column header asks the find model
 * for that order instead of letting JavaFX sort on the JavaFX thread (the sort runs in the background pass).
 */
public final class PropertyTable {
    public static final String ID = "propertyTable";

    private PropertyTable() {
    }

    /** A table showing {@code find}'s rows (which keep arriving while pages load), sortable by any column. */
    public static TableView<ProfileProperty> create(FindModel find) {
        TableView<ProfileProperty> table = new TableView<>(find.shownRows()) {
            @Override
            protected Skin<?> createDefaultSkin() {
                return new PropertyTableSkin(this);
            }
        };
        table.setId(ID);
        table.setAccessibleText(Texts.get("table.accessible"));
        table.getColumns().setAll(PropertyColumns.all());
        table.setTableMenuButtonVisible(true);
        table.setRowFactory(view -> new SystemAwareRow());
        table.setSortPolicy(view -> {
            find.sortBy(orderOf(view));
            return true; // the rows arrive sorted from the background pass
        });
        find.keepPlaceWith(new TablePlace(table));
        Label placeholder = new Label(Texts.get("table.empty"));
        placeholder.setId("propertyTablePlaceholder");
        table.setPlaceholder(placeholder);
        return table;
    }

    /** The order the headers show: the sort columns in turn, each ascending or descending. */
    static RowOrder orderOf(TableView<ProfileProperty> table) {
        List<RowOrder.By> keys = new ArrayList<>();
        for (TableColumn<ProfileProperty, ?> column : table.getSortOrder()) {
            if (!column.isSortable() || column.getId() == null) continue;
            keys.add(new RowOrder.By(column.getId(), PropertyColumns.sortKey(column.getId()),
                    column.getSortType() == TableColumn.SortType.ASCENDING));
        }
        return new RowOrder(keys);
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
