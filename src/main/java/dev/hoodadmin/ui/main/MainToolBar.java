package dev.hoodadmin.ui.main;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.ui.find.FindBar;
import dev.hoodadmin.ui.menu.Shortcuts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The filters on the left, then the commands over the whole table on the right, so focus moves
 * from the filter box through the quick filters to Refresh and Reload and on to the table. A plain
 * row styled as a tool bar: a {@code ToolBar} would tuck the buttons into an overflow menu (out of
 * the focus order) when the window is narrow; here the filter box gives up its width first.
 */
final class MainToolBar extends HBox {
    static final String ID = "mainToolBar";
    static final String REFRESH_ID = "refreshButton";
    static final String RELOAD_ID = "reloadButton";

    MainToolBar(MainViewModel vm, FindBar findBar) {
        setId(ID);
        setAccessibleText(Texts.get("toolbar.accessible"));
        getStyleClass().add("tool-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        HBox.setHgrow(findBar, Priority.ALWAYS);
        Button refresh = button(REFRESH_ID, Texts.get("toolbar.refresh"), "mdi2r-refresh", Texts.get("toolbar.refresh.tooltip"),
                Shortcuts.REFRESH, vm::refresh);
        Button reload = button(RELOAD_ID, Texts.get("toolbar.reloadAll"), "mdi2d-database-refresh-outline",
                Texts.get("toolbar.reloadAll.tooltip"),
                Shortcuts.RELOAD, vm::reload);
        refresh.disableProperty().bind(vm.status().loadingProperty());
        reload.disableProperty().bind(vm.status().loadingProperty());
        getChildren().addAll(findBar, refresh, reload);
    }

    private static Button button(String id, String text, String icon, String purpose, KeyCombination shortcut,
                                 Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE); // the filter box gives up width first
        String described = Shortcuts.withShortcut(purpose, shortcut);
        button.setAccessibleText(described);
        button.setTooltip(new Tooltip(described));
        button.setOnAction(event -> action.run());
        return button;
    }
}
