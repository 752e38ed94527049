package dev.hoodadmin.ui.menu;

import dev.hoodadmin.ui.text.Texts;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.Locale;

/** View → Language: one radio item per language, each named in its own language so anyone can find theirs. */
final class LanguageMenu {
    static final String ID = "languageMenu";

    private LanguageMenu() {
    }

    /** The id of a language's item, e.g. {@code languageItem-de}. */
    static String itemId(Locale language) {
        return "languageItem-" + language.toLanguageTag();
    }

    static Menu create(ObjectProperty<Locale> choice) {
        Menu menu = new Menu(Texts.get("menu.view.language"));
        menu.setId(ID);
        ToggleGroup group = new ToggleGroup();
        for (Locale language : Texts.SUPPORTED) {
            RadioMenuItem item = new RadioMenuItem(Texts.nameOf(language));
            item.setId(itemId(language));
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(language.equals(choice.get()));
            item.setOnAction(event -> choice.set(language));
            menu.getItems().add(item);
        }
        return menu;
    }
}
