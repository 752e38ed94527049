package dev.hoodadmin.app;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.StartupRoute;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.signin.AccountMenuRobot;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.ui.common.AppTheme;
import dev.hoodadmin.ui.menu.HelpActions;
import dev.hoodadmin.ui.text.LanguageController;
import dev.hoodadmin.ui.text.LanguagePreference;
import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.ui.theme.ThemeController;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as assembled for a first start without a token: the demo opens, an edit goes through its outbox,
 * and View → Language builds the window again in the new language on the same account.
 */
@ExtendWith(FxRobotExtension.class)
class WindowFlowTest {
    @TempDir
    Path dataFolder;
    private AppServices services;
    private WindowFlow flow;
    private final Preferences languageNode = Preferences.userRoot().node("dev/hoodadmin/test/language-" + UUID.randomUUID());

    @AfterEach
    void stop() throws Exception {
        if (flow != null) flow.close();
        if (services != null) services.close();
        FxToolkit.cleanupStages();
        Texts.use(Locale.ENGLISH); // the language is process-wide; the other tests read English
        languageNode.removeNode();
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
        // the app icon, decoded at the sizes JavaFX picks from: 128 px (Linux, macOS) and 32 px (Windows)
        assertThat(main.getIcons()).allMatch(icon -> !icon.isError())
                .extracting(Image::getWidth).containsExactlyInAnyOrder(32.0, 128.0);
        assertThat(robot.lookup("#accountSwitcher").tryQuery()).isPresent();
        assertThat(Files.exists(dataFolder.resolve("demo").resolve(AccountWorkspace.DATA_FILE))).isTrue();

        TableView<ProfileProperty> table = robot.lookup("#propertyTable").queryTableView();
        ProfileProperty custom = table.getItems().stream().filter(p -> !p.isSystem()).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().indexOf(custom), table.getColumns().get(1)));
        TextField example = robot.lookup("#detailExample").queryAs(TextField.class);
        robot.interact(() -> example.setText("typed in the demo"));
        robot.clickOn(robot.lookup("#detailSaveButton").queryAs(Button.class));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(p -> p.id().equals(custom.id()) && "typed in the demo".equals(p.example())));
    }

    @SuppressWarnings("unchecked")
    @Test
    void choosingDeutschRebuildsTheWindowInGermanKeepsTheChoiceAndTheEdits(FxRobot robot) throws Exception {
        services = AppServices.open(dataFolder);
        LanguagePreference preference = new LanguagePreference(languageNode);
        LanguageController languages = new LanguageController(preference, Locale.ENGLISH);
        robot.interact(() -> {
            languages.start();
            flow = new WindowFlow(services, ThemeController.fixed(AppTheme.LIGHT), languages, HelpActions.NONE);
            flow.begin(new StartupRoute.SignIn(Optional.empty()), false);
        });
        waitForCount(robot, "300 properties");
        assertThat(robot.lookup("#refreshButton").queryAs(Button.class).getText()).isEqualTo("Refresh");

        // an edit, so there is something in the outbox to find again after the switch
        TableView<ProfileProperty> table = robot.lookup("#propertyTable").queryTableView();
        ProfileProperty custom = table.getItems().stream().filter(p -> !p.isSystem()).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().indexOf(custom), table.getColumns().get(1)));
        robot.interact(() -> robot.lookup("#detailExample").queryAs(TextField.class).setText("before the switch"));
        robot.clickOn("#detailSaveButton");

        robot.clickOn("View").clickOn("Language").clickOn("Deutsch");

        waitForCount(robot, "300 Eigenschaften");
        assertThat(robot.lookup("#refreshButton").queryAs(Button.class).getText()).isEqualTo("Aktualisieren");
        assertThat(robot.lookup("#detailSaveButton").queryAs(Button.class).getText()).isEqualTo("Speichern");
        assertThat(robot.lookup("#accountSwitcher").queryLabeled().getText()).isEqualTo("Nicht angemeldet — anmelden…");
        assertThat(preference.load()).contains(Locale.GERMAN);
        assertThat(new LanguageController(preference, Locale.ENGLISH).choiceProperty().get())
                .as("the next start").isEqualTo(Locale.GERMAN);
        robot.interact(() -> robot.lookup("#queuePanel").queryAs(TitledPane.class).setExpanded(true));
        TableView<Edit> queue = robot.lookup("#queueTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> queue.getItems().stream()
                .anyMatch(edit -> edit.propertyId().equals(custom.id())));
    }

    private static void waitForCount(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#propertyCountLabel").tryQuery()
                .filter(Label.class::isInstance).map(label -> text.equals(((Label) label).getText())).orElse(false));
    }

    /**
     * A start with an account to go live on opens it before the flow exists (while JavaFX builds the window): the
     * window shows that workspace, and a new language opens the account again instead of reusing the one taken.
     */
    @Test
    void anAccountOpenedBeforeTheFlowIsShownAndOpenedAgainForANewLanguage(FxRobot robot) throws Exception {
        try (HoodSimulator sim = HoodSimulator.start(SimulatorConfig.builder("window-flow-token").properties(20)
                .rateLimitsEnabled(false).build())) {
            services = AppServices.open(dataFolder);
            Account local = services.accounts().add("Local", new Endpoint(sim.baseUri()));
            StartupRoute route = new StartupRoute.Live(local, ApiToken.of("window-flow-token"), false);
            var opening = WindowFlow.openEarly(services, route);
            assertThat(opening).isPresent();
            assertThat(WindowFlow.openEarly(services, new StartupRoute.SignIn(Optional.empty()))).isEmpty();
            LanguageController languages = new LanguageController(new LanguagePreference(languageNode), Locale.ENGLISH);
            robot.interact(() -> {
                languages.start();
                flow = new WindowFlow(services, ThemeController.fixed(AppTheme.LIGHT), languages, HelpActions.NONE);
                flow.begin(route, false, opening);
            });
            waitForCount(robot, "20 properties");
            assertThat(opening.get()).isDone();
            assertThat(Window.getWindows().stream().filter(Window::isShowing).map(window -> ((Stage) window).getTitle()))
                    .containsExactly("Hood Admin");

            robot.interact(() -> languages.choiceProperty().set(Locale.GERMAN)); // as View → Language → Deutsch

            // the workspace taken at the start is closed by the switch: a window reusing it could not read its rows
            waitForCount(robot, "20 Eigenschaften");
        }
    }

    /** Removing the account the window has open: the demo opens in its place, then the account's folder goes. */
    @Test
    void removingTheAccountInUseOpensTheDemoAndDeletesItsFolder(FxRobot robot) throws Exception {
        try (HoodSimulator sim = HoodSimulator.start(SimulatorConfig.builder("window-flow-token").properties(20)
                .rateLimitsEnabled(false).build())) {
            services = AppServices.open(dataFolder);
            Account local = services.accounts().add("Local", new Endpoint(sim.baseUri()));
            services.accounts().switchTo(local.id());
            robot.interact(() -> {
                flow = new WindowFlow(services, ThemeController.fixed(AppTheme.LIGHT), LanguageController.current(),
                        HelpActions.NONE);
                flow.begin(new StartupRoute.Live(local, ApiToken.of("window-flow-token"), false), false);
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#propertyCountLabel").tryQuery()
                    .map(label -> "20 properties".equals(((Label) label).getText())).orElse(false));
            Path folder = services.accounts().dataFolder(local);
            assertThat(folder.resolve(AccountWorkspace.DATA_FILE)).exists();
            Window main = robot.lookup("#accountSwitcher").query().getScene().getWindow();

            AccountMenuRobot.choose(robot, main, "Remove", "Local · " + local.hostLabel());
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(AccountMenuRobot.REMOVE_CONFIRM).tryQuery().isPresent());
            robot.clickOn(AccountMenuRobot.REMOVE_CONFIRM);

            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !Files.exists(folder));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                    .anyMatch(window -> window.isShowing() && window instanceof Stage stage
                            && "Hood Admin — Demo".equals(stage.getTitle())));
            assertThat(services.accounts().accounts()).isEmpty();
            assertThat(services.credentials().load(local)).isEmpty();
        }
    }
}
