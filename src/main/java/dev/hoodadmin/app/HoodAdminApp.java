package dev.hoodadmin.app;

import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.logging.ConsoleLog;
import dev.hoodadmin.account.StartupRoute;
import dev.hoodadmin.ui.about.AboutDialog;
import dev.hoodadmin.ui.about.AboutInfo;
import dev.hoodadmin.ui.about.AboutPane;
import dev.hoodadmin.ui.about.LogFolderAction;
import dev.hoodadmin.ui.about.SystemFolderOpener;
import dev.hoodadmin.ui.menu.HelpActions;
import dev.hoodadmin.ui.text.LanguageController;
import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.ui.theme.ThemeController;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The JavaFX application and the one place where the app is assembled. {@link AppStart} (off the JavaFX thread,
 * while JavaFX starts) opens the app's services and decides the first screen; {@link #start} shows it.
 */
public final class HoodAdminApp extends Application {
    private static final String API_URL_PARAMETER = "api-url";
    private static final String PRODUCT = "Hood Admin";

    private AppServices services;
    private StartupRoute route;
    private boolean urlGiven;
    private WindowFlow flow;
    private String startupProblem;
    /** The account the first window goes live on, opening in the background while the toolkit builds the window. */
    private Optional<Future<AccountWorkspace>> opening = Optional.empty();
    /** {@link AppStart}, prepared while JavaFX starts when {@link #launchWindow} started the app. */
    private static volatile Future<AppStart> preparing;

    /**
     * Opens the window and returns when the app quits. From here on log records go to the log file only (opened by
     * {@link AppStart}): the terminal that started the window shows no INFO lines, exception names or stack traces.
     */
    public static void launchWindow(String apiUrlOption) {
        String[] args = apiUrlOption == null ? new String[0] : new String[]{"--" + API_URL_PARAMETER + "=" + apiUrlOption};
        ConsoleLog.detach(); // for the life of the process: the window is its last act
        preparing = AppStart.begin(apiUrlOption);
        Application.launch(HoodAdminApp.class, args);
    }

    @Override
    public void init() throws InterruptedException, ExecutionException {
        String urlOption = getParameters().getNamed().get(API_URL_PARAMETER);
        AppStart start = preparing != null ? preparing.get() : AppStart.prepare(urlOption);
        services = start.services();
        route = start.route();
        urlGiven = start.urlGiven();
        opening = start.opening();
        startupProblem = start.problem();
    }

    @Override
    public void start(Stage ignored) {
        // before any view is built: every view reads its texts once, as it is built
        LanguageController languages = LanguageController.forApp();
        languages.start();
        if (startupProblem != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, startupProblem);
            alert.setTitle(PRODUCT);
            alert.setHeaderText(Texts.get("app.startFailed", PRODUCT));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        ThemeController themes = ThemeController.forApp(services.tasks());
        themes.preset(); // before the first control (the account menu's)
        flow = new WindowFlow(services, themes, languages, help());
        flow.begin(route, urlGiven, opening);
    }

    private HelpActions help() {
        LogFolderAction logs = new LogFolderAction(services.logDirectory(), new SystemFolderOpener(getHostServices()),
                services.tasks());
        AboutInfo about = AboutInfo.current(services.dataDirectory(), services.logDirectory());
        return new HelpActions(owner -> AboutDialog.create(owner, new AboutPane(about, logs)).show(),
                owner -> logs.menuItem().fire());
    }

    @Override
    public void stop() {
        if (flow != null) flow.close();
        if (services != null) services.close();
    }
}
