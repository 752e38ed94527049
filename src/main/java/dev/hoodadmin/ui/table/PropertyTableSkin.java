package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/** The stock table skin over a {@link RowFlow}, which does not re-apply the CSS of rows that did not change. */
final class PropertyTableSkin extends TableViewSkin<ProfileProperty> {
    PropertyTableSkin(TableView<ProfileProperty> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<ProfileProperty>> createVirtualFlow() {
        return new RowFlow<>();
    }
}
