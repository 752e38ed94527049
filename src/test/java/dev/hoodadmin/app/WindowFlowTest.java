package dev.hoodadmin.app;

import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.account.StartupRoute;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.common.AppTheme;
import dev.hoodadmin.ui.menu.HelpActions;
import dev.hoodadmin.ui.text.LanguageController;
import dev.hoodadmin.ui.theme.ThemeController;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The app as assembled for a first start without a token: the demo opens, and an edit goes through its outbox. */
@ExtendWith(ApplicationExtension.class)
class WindowFlowTest {
    @TempDir
    Path dataFolder;
    private AppServices services;
    private WindowFlow flow;

    @AfterEach
    void stop() throws Exception {
        if (flow != null) flow.close();
        if (services != null) services.close();
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    @Test
    void firstStartOpensTheDemoWhereAnEditIsSentAndApplied(FxRobot robot) throws Exception {
        services = AppServices.open(dataFolder);
        robot.interact(() -> {
            flow = new WindowFlow(services, ThemeController.fixed(AppTheme.LIGHT), LanguageController.current(),
                    HelpActions.NONE);
            flow.begin(new StartupRoute.SignIn(Optional.empty()), false);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#propertyCountLabel").tryQuery()
                .map(label -> "300 properties".equals(((Label) label).getText())).orElse(false));

        Stage main = (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        assertThat(main.getTitle()).isEqualTo("Hood Admin — Demo");
        assertThat(robot.lookup("#accountSwitcher").tryQuery()).isPresent();
        assertThat(Files.exists(dataFolder.resolve("demo").resolve(AccountWorkspace.DATA_FILE))).isTrue();

        TableView<ProfileProperty> table = robot.lookup(".table-view").queryTableView();
        ProfileProperty custom = table.getItems().stream().filter(p -> !p.isSystem()).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().indexOf(custom), table.getColumns().get(1)));
        TextField example = robot.lookup("#detailExample").queryAs(TextField.class);
        robot.interact(() -> example.setText("typed in the demo"));
        robot.clickOn(robot.lookup("#detailSaveButton").queryAs(Button.class));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(p -> p.id().equals(custom.id()) && "typed in the demo".equals(p.example())));
    }
}
