package dev.hoodadmin.ui.menu;

import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.theme.ThemeChoice;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The menu bar on its own in a window, its commands recorded. */
@ExtendWith(FxRobotExtension.class)
class AppMenuBarTest {
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final List<Window> helpOwners = new CopyOnWriteArrayList<>();
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Locale.ENGLISH);
    private Stage stage;
    private MenuBar bar;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        MenuCommands commands = new MenuCommands(() -> ran.add("refresh"), () -> ran.add("reload"),
                () -> ran.add("quit"), () -> ran.add("find"), loading);
        HelpActions help = new HelpActions(owner -> { helpOwners.add(owner); ran.add("about"); },
                owner -> { helpOwners.add(owner); ran.add("log folder"); });
        bar = AppMenuBar.create(commands, theme, language, help, () -> stage);
        TextField somewhereToType = new TextField();
        somewhereToType.setId("someField");
        stage.setScene(new Scene(new VBox(bar, somewhereToType), 600, 300));
        stage.show();
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void everyItemHasAnIdAndAnAcceleratorAndNoneIsAPlaceholder() {
        assertThat(bar.getMenus()).extracting(Menu::getId)
                .containsExactly(AppMenuBar.FILE_ID, AppMenuBar.EDIT_ID, AppMenuBar.VIEW_ID, AppMenuBar.HELP_ID);
        // a submenu (View → Language) only opens; its items are checked in languageItems…
        List<MenuItem> items = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> !(item instanceof SeparatorMenuItem) && !(item instanceof Menu)).toList();
        assertThat(items).hasSize(9).allSatisfy(item -> {
            assertThat(item.getId()).as(item.getText()).isNotBlank();
            assertThat(item.getAccelerator()).as(item.getText()).isNotNull();
            assertThat(item.getOnAction()).as(item.getText()).isNotNull();
        });
        assertThat(item(AppMenuBar.REFRESH_ID).getAccelerator()).isEqualTo(Shortcuts.REFRESH);
        assertThat(item(AppMenuBar.RELOAD_ID).getAccelerator()).isEqualTo(Shortcuts.RELOAD);
        assertThat(item(AppMenuBar.QUIT_ID).getAccelerator()).isEqualTo(Shortcuts.QUIT);
        assertThat(item(AppMenuBar.FIND_ID).getAccelerator()).isEqualTo(Shortcuts.FIND);
        assertThat(items).extracting(MenuItem::getAccelerator).doesNotHaveDuplicates();
    }

    @Test
    void acceleratorsRunTheirCommandsAndHelpGetsTheWindow(FxRobot robot) throws TimeoutException {
        robot.clickOn("#someField");

        robot.type(KeyCode.F5);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        robot.type(KeyCode.F1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ran.size() == 6);
        assertThat(ran).containsExactly("refresh", "reload", "find", "quit", "about", "log folder");
        assertThat(helpOwners).containsOnly(stage);
    }

    @Test
    void refreshAndReloadAreOffWhileLoading(FxRobot robot) {
        robot.interact(() -> loading.set(true));
        robot.clickOn("#someField").type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(item(AppMenuBar.REFRESH_ID).isDisable()).isTrue();
        assertThat(item(AppMenuBar.RELOAD_ID).isDisable()).isTrue();
        assertThat(ran).isEmpty();
    }

    @Test
    void themeItemsShowAndSetTheChoice(FxRobot robot) throws TimeoutException {
        RadioMenuItem system = (RadioMenuItem) item(ThemeMenu.SYSTEM_ID);
        RadioMenuItem dark = (RadioMenuItem) item(ThemeMenu.DARK_ID);
        assertThat(system.isSelected()).isTrue();

        robot.clickOn("#someField").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D)
                .release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> theme.get() == ThemeChoice.DARK);
        assertThat(dark.isSelected()).isTrue();
        assertThat(system.isSelected()).isFalse();
        robot.interact(() -> theme.set(ThemeChoice.LIGHT));
        assertThat(((RadioMenuItem) item(ThemeMenu.LIGHT_ID)).isSelected()).isTrue();
    }

    @Test
    void languageItemsAreNamedInTheirOwnLanguageAndSetTheChoice(FxRobot robot) {
        Menu languages = (Menu) item(LanguageMenu.ID);
        assertThat(languages.getItems()).extracting(MenuItem::getText).containsExactly("English", "Deutsch");
        RadioMenuItem german = (RadioMenuItem) languages.getItems().get(1);
        assertThat(((RadioMenuItem) languages.getItems().get(0)).isSelected()).isTrue();

        robot.clickOn("View").clickOn("Language").clickOn("Deutsch");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(language.get()).isEqualTo(Locale.GERMAN);
        assertThat(german.isSelected()).isTrue();
    }

    @Test
    void aFeatureSectionGoesAtTheTopOfItsMenuAndItsShortcutWorksAtOnce(FxRobot robot) throws TimeoutException {
        MenuItem save = AppMenuBar.item("saveItem", "Save", Shortcuts.SAVE, () -> ran.add("save"));

        robot.interact(() -> AppMenuBar.addSection(bar, AppMenuBar.EDIT_ID, List.of(save)));
        robot.clickOn("#someField").press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ran.contains("save"));
        assertThat(bar.getMenus().get(1).getItems()).extracting(MenuItem::getId)
                .containsExactly("saveItem", null, AppMenuBar.FIND_ID);
        assertThatThrownBy(() -> AppMenuBar.addSection(bar, "noSuchMenu", List.of(save)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noSuchMenu");
    }

    @Test
    void withoutHelpCallbacksThereIsNoHelpMenu() {
        MenuBar plain = AppMenuBar.create(new MenuCommands(() -> { }, () -> { }, () -> { }, () -> { }, loading),
                theme, language, HelpActions.NONE, () -> null);
        MenuBar aboutOnly = AppMenuBar.create(new MenuCommands(() -> { }, () -> { }, () -> { }, () -> { }, loading),
                theme, language, new HelpActions(owner -> { }, null), () -> null);

        assertThat(plain.getMenus()).extracting(Menu::getId).doesNotContain(AppMenuBar.HELP_ID);
        assertThat(aboutOnly.getMenus().get(3).getItems()).extracting(MenuItem::getId).containsExactly(AppMenuBar.ABOUT_ID);
    }

    private MenuItem item(String id) {
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
