package dev.hoodadmin.ui.find;

import dev.hoodadmin.ui.FxRobotExtension;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The Alt+letter path to a quick filter works whether the toolbar shows the filters as boxes or folded. */
@ExtendWith(FxRobotExtension.class)
class QuickFilterKeysTest {
    private FindBar bar;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FindModel model = new FindModel(FXCollections.observableArrayList(), FilterExecution.inPlace());
        bar = new FindBar(model);
        stage.setScene(new Scene(new VBox(bar), 1600, 200));
        stage.setWidth(1600); // the stage is shared by the tests: undo the narrow one
        stage.show();
    }

    @Test
    void wideTheKeyFocusesTheFiltersBox(FxRobot robot) {
        robot.interact(() -> bar.focusQuickFilter(FindBar.IMPORTABLE_ID));

        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo(FindBar.IMPORTABLE_ID);
    }

    @Test
    void narrowTheKeyOpensTheFiltersMenuAtTheFiltersSubmenu(FxRobot robot) {
        robot.interact(() -> stage.setWidth(500));
        WaitForAsyncUtils.waitForFxEvents();
        MenuButton menu = robot.lookup("#" + QuickFiltersMenu.ID).queryAs(MenuButton.class);
        assertThat(menu.isVisible()).as("folded at 500 px").isTrue();

        robot.interact(() -> bar.focusQuickFilter(FindBar.IMPORTABLE_ID));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(menu.isShowing()).isTrue();
        Menu importable = (Menu) menu.getItems().stream()
                .filter(item -> QuickFiltersMenu.submenuId(FindBar.IMPORTABLE_ID).equals(item.getId()))
                .findFirst().orElseThrow();
        assertThat(importable.isShowing()).as("the Importable submenu is open").isTrue();
        robot.interact(menu::hide);
    }
}
