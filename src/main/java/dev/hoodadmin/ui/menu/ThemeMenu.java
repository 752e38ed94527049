package dev.hoodadmin.ui.menu;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.ui.theme.ThemeChoice;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** View → Light / Dark / Follow system: radio items that show and set the theme choice. */
final class ThemeMenu {
    static final String LIGHT_ID = "themeLightItem";
    static final String DARK_ID = "themeDarkItem";
    static final String SYSTEM_ID = "themeSystemItem";

    private ThemeMenu() {
    }

    static Menu create(ObjectProperty<ThemeChoice> choice) {
        ToggleGroup group = new ToggleGroup();
        Menu view = new Menu(Texts.get("menu.view"));
        view.setId(AppMenuBar.VIEW_ID);
        view.getItems().addAll(
                item(LIGHT_ID, ThemeChoice.LIGHT, Shortcuts.THEME_LIGHT, group, choice),
                item(DARK_ID, ThemeChoice.DARK, Shortcuts.THEME_DARK, group, choice),
                item(SYSTEM_ID, ThemeChoice.SYSTEM, Shortcuts.THEME_SYSTEM, group, choice));
        return view;
    }

    private static RadioMenuItem item(String id, ThemeChoice value, KeyCombination shortcut, ToggleGroup group,
                                      ObjectProperty<ThemeChoice> choice) {
        RadioMenuItem item = new RadioMenuItem(Texts.get("menu.view.theme." + value.name().toLowerCase(Locale.ROOT)));
        item.setId(id);
        item.setToggleGroup(group);
        item.setAccelerator(shortcut);
        item.setSelected(choice.get() == value);
        item.setOnAction(event -> choice.set(value));
        // the choice may also change elsewhere (another window, a test): keep the tick in step
        choice.addListener((obs, old, now) -> item.setSelected(now == value));
        return item;
    }
}
