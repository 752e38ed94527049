package dev.hoodadmin.ui.main;

import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/** The strip across the top that says the data is not the person's account; present only in demo mode. */
final class DemoBanner extends Label {
    static final String ID = "demoBanner";

    DemoBanner(MainViewModel vm) {
        super(vm.account().demoBannerText(), new FontIcon("mdi2f-flask-outline"));
        setId(ID);
        setAccessibleText(vm.account().demoBannerText());
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        getStyleClass().add("demo-banner");
        setVisible(vm.account().isDemo());
        setManaged(vm.account().isDemo());
    }
}
