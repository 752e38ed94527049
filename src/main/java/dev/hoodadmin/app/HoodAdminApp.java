package dev.hoodadmin.app;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.ratelimit.RateBudget;
import dev.hoodadmin.ratelimit.RateBudgetConfig;
import dev.hoodadmin.ui.common.PreferencesWindowStateStore;
import dev.hoodadmin.ui.main.MainViewModel;
import dev.hoodadmin.ui.main.MainWindow;
import javafx.application.Application;
import javafx.stage.Stage;

import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The JavaFX application and the one place where the app is assembled: it decides live or demo,
 * builds the client, the background pool and the window, and closes them on exit.
 */
public final class HoodAdminApp extends Application {
    private static final String API_URL_PARAMETER = "api-url";

    private ExecutorService background;
    private DemoServer demo;

    /** Opens the window and returns when it is closed. */
    public static void launchWindow(String apiUrlOption) {
        String[] args = apiUrlOption == null ? new String[0] : new String[]{"--" + API_URL_PARAMETER + "=" + apiUrlOption};
        Application.launch(HoodAdminApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ConnectionSettings settings = new ConnectionSettings(System.getenv());
        String urlOption = getParameters().getNamed().get(API_URL_PARAMETER);
        background = BackgroundExecutor.create("hood-background", 2);

        Optional<ApiToken> token = settings.token();
        Endpoint endpoint;
        ApiToken usedToken;
        if (token.isPresent()) {
            endpoint = settings.endpoint(urlOption);
            usedToken = token.get();
        } else {
            demo = DemoServer.start();
            endpoint = demo.endpoint();
            usedToken = demo.token();
        }
        HoodClient client = HoodClient.create(endpoint, usedToken, RateBudget.withSystemClock(RateBudgetConfig.defaults()));
        MainViewModel viewModel = new MainViewModel(client, endpoint, demo != null, background);
        AppIcons.addTo(stage);
        new MainWindow(viewModel, PreferencesWindowStateStore.forMainWindow()).show(stage);
    }

    @Override
    public void stop() {
        if (background != null) background.shutdownNow();
        if (demo != null) demo.close();
    }
}
