package dev.hoodadmin.ui.main;

import dev.hoodadmin.ui.find.FindBar;
import dev.hoodadmin.ui.menu.Shortcuts;
import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The filters on the left, then the commands over the whole table on the right, so focus moves
 * from the filter box through the quick filters to Refresh and Reload and on to the table.
 */
final class MainToolBar extends ToolBar {
    static final String ID = "mainToolBar";
    static final String REFRESH_ID = "refreshButton";
    static final String RELOAD_ID = "reloadButton";

    MainToolBar(MainViewModel vm, FindBar findBar) {
        setId(ID);
        setAccessibleText("Main toolbar");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = button(REFRESH_ID, "Refresh", "mdi2r-refresh", "Read the properties changed since the last read",
                Shortcuts.REFRESH, vm::refresh);
        Button reload = button(RELOAD_ID, "Reload all", "mdi2d-database-refresh-outline", "Reload all properties",
                Shortcuts.RELOAD, vm::reload);
        refresh.disableProperty().bind(vm.loadingProperty());
        reload.disableProperty().bind(vm.loadingProperty());
        getItems().addAll(findBar, spacer, refresh, reload);
    }

    private static Button button(String id, String text, String icon, String purpose, KeyCombination shortcut,
                                 Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        String described = Shortcuts.withShortcut(purpose, shortcut);
        button.setAccessibleText(described);
        button.setTooltip(new Tooltip(described));
        button.setOnAction(event -> action.run());
        return button;
    }
}
