package dev.hoodadmin.ui.menu;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.ui.theme.ThemeChoice;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The main window's menu bar: File (Refresh, Reload, Quit), Edit (Find), View (theme, language) and Help.
 * Features add their own sections ({@link #addSection}). Every item has an accelerator; on macOS the bar
 * moves to the system menu bar.
 */
public final class AppMenuBar {
    public static final String ID = "mainMenuBar";
    public static final String FILE_ID = "fileMenu";
    public static final String EDIT_ID = "editMenu";
    public static final String VIEW_ID = "viewMenu";
    public static final String HELP_ID = "helpMenu";
    public static final String REFRESH_ID = "refreshItem";
    public static final String RELOAD_ID = "reloadItem";
    public static final String QUIT_ID = "quitItem";
    public static final String FIND_ID = "findItem";
    public static final String ABOUT_ID = "aboutItem";
    public static final String LOG_FOLDER_ID = "openLogFolderItem";

    private AppMenuBar() {
    }

    /** @param owner the window the Help callbacks get, asked when an item is chosen */
    public static MenuBar create(MenuCommands commands, ObjectProperty<ThemeChoice> theme,
                                 ObjectProperty<Locale> language, HelpActions help, Supplier<Window> owner) {
        MenuBar bar = new MenuBar();
        bar.setId(ID);
        bar.setAccessibleText(Texts.get("menu.bar.accessible"));
        bar.setUseSystemMenuBar(true);
        bar.getMenus().addAll(file(commands), edit(commands), view(theme, language));
        if (!help.isEmpty()) bar.getMenus().add(help(help, owner));
        return bar;
    }

    /**
     * Puts a feature's items at the top of one of the bar's menus, separated from the menu's own items,
     * e.g. the editor's Save, Revert and Bulk edit above Find. Give every item an accelerator.
     *
     * @throws IllegalArgumentException if the bar has no menu with that id
     */
    public static void addSection(MenuBar bar, String menuId, List<? extends MenuItem> items) {
        Menu menu = bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The menu bar has no menu " + menuId));
        List<MenuItem> section = new ArrayList<>(items);
        if (!menu.getItems().isEmpty()) section.add(new SeparatorMenuItem());
        menu.getItems().addAll(0, section);
    }

    /** An item that runs {@code action} when chosen or when its shortcut is pressed (unless disabled). */
    public static MenuItem item(String id, String text, KeyCombination shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(shortcut);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static Menu file(MenuCommands commands) {
        MenuItem refresh = item(REFRESH_ID, Texts.get("menu.file.refresh"), Shortcuts.REFRESH, commands.refresh());
        refresh.disableProperty().bind(commands.loading());
        MenuItem reload = item(RELOAD_ID, Texts.get("menu.file.reloadAll"), Shortcuts.RELOAD, commands.reload());
        reload.disableProperty().bind(commands.loading());
        MenuItem quit = item(QUIT_ID, Texts.get("menu.file.quit"), Shortcuts.QUIT, commands.quit());
        return menu(FILE_ID, Texts.get("menu.file"), refresh, reload, new SeparatorMenuItem(), quit);
    }

    private static Menu edit(MenuCommands commands) {
        return menu(EDIT_ID, Texts.get("menu.edit"), item(FIND_ID, Texts.get("menu.edit.find"), Shortcuts.FIND, commands.find()));
    }

    private static Menu view(ObjectProperty<ThemeChoice> theme, ObjectProperty<Locale> language) {
        Menu view = ThemeMenu.create(theme);
        view.getItems().addAll(new SeparatorMenuItem(), LanguageMenu.create(language));
        return view;
    }

    private static Menu help(HelpActions help, Supplier<Window> owner) {
        Menu menu = menu(HELP_ID, Texts.get("menu.help"));
        if (help.openLogFolder() != null) {
            menu.getItems().add(item(LOG_FOLDER_ID, Texts.get("menu.help.logFolder"), Shortcuts.LOG_FOLDER,
                    withOwner(help.openLogFolder(), owner)));
        }
        if (help.showAbout() != null) {
            menu.getItems().add(item(ABOUT_ID, Texts.get("menu.help.about"), Shortcuts.ABOUT, withOwner(help.showAbout(), owner)));
        }
        return menu;
    }

    private static Runnable withOwner(Consumer<Window> action, Supplier<Window> owner) {
        return () -> action.accept(owner.get());
    }

    private static Menu menu(String id, String text, MenuItem... items) {
        Menu menu = new Menu(text);
        menu.setId(id);
        menu.getItems().addAll(items);
        return menu;
    }
}
