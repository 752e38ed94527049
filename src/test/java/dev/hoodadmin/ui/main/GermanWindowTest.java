package dev.hoodadmin.ui.main;

import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import dev.hoodadmin.ui.text.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window built while the language is German: menus, toolbar, table and status bar speak German. */
@ExtendWith(FxRobotExtension.class)
class GermanWindowTest {
    private final ExecutorService background = TestWindows.backgroundExecutor();

    @Start
    void start(Stage primary) {
        Texts.use(Locale.GERMAN);
        new MainWindow(TestWindows.viewModel(new FakePropertyApi(FakePropertyApi.sample(30)), background, true, 50),
                new InMemoryWindowStateStore()).show(new Stage());
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        Texts.use(Locale.ENGLISH); // the language is process-wide; the other tests read English
        background.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void menusToolbarTableAndStatusBarAreGerman(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "30 Eigenschaften".equals(robot.lookup("#propertyCountLabel").queryAs(Label.class).getText()));

        MenuBar menus = robot.lookup("#mainMenuBar").queryAs(MenuBar.class);
        assertThat(menus.getMenus()).extracting(menu -> menu.getText().replace("_", ""))
                .containsExactly("Datei", "Bearbeiten", "Ansicht");
        assertThat(robot.lookup("#refreshButton").queryAs(Button.class).getText()).isEqualTo("Aktualisieren");
        assertThat(robot.lookup("#reloadButton").queryAs(Button.class).getText()).isEqualTo("Alles neu laden");
        assertThat(robot.lookup("#filterField").queryAs(TextField.class).getPromptText())
                .isEqualTo("Nach Ziel, Bezeichnung oder Beschreibung filtern");
        assertThat(robot.lookup("#modeLabel").queryAs(Label.class).getText()).isEqualTo("Demo (eingebauter Simulator)");
        TableView<?> table = robot.lookup("#propertyTable").queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(TableColumn::getText).contains("Bezeichnung", "Beschreibung", "Datentyp");

        Menu view = menus.getMenus().get(2);
        assertThat(view.getItems()).extracting(MenuItem::getText)
                .contains("Helles Design", "Dunkles Design", "Design des Systems", "_Sprache");
        Menu language = (Menu) view.getItems().stream().filter(Menu.class::isInstance).findFirst().orElseThrow();
        assertThat(language.getItems()).extracting(MenuItem::getText).containsExactly("English", "Deutsch");
    }
}
