package dev.hoodadmin.ui.main;

import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Commands over the whole table. Reload is also on Ctrl+R and F5 (see {@link MainWindow}). */
final class MainToolBar extends ToolBar {
    static final String ID = "mainToolBar";
    static final String RELOAD_ID = "reloadButton";

    MainToolBar(MainViewModel vm) {
        setId(ID);
        setAccessibleText("Main toolbar");
        Button reload = new Button("Reload", new FontIcon("mdi2r-refresh"));
        reload.setId(RELOAD_ID);
        reload.setAccessibleText("Reload all properties");
        reload.setTooltip(new Tooltip("Reload all properties (Ctrl+R or F5)"));
        reload.disableProperty().bind(vm.loadingProperty());
        reload.setOnAction(event -> vm.reload());
        getItems().add(reload);
    }
}
