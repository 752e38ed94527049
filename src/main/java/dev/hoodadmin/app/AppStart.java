package dev.hoodadmin.app;

import dev.hoodadmin.account.ConnectionSettings;
import dev.hoodadmin.account.StartupDecider;
import dev.hoodadmin.account.StartupRoute;
import dev.hoodadmin.engine.AccountWorkspace;
import javafx.application.Application;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * What the app has opened before its first window is chosen: its services, the route (live, sign-in or demo) and
 * the live account, still opening in the background. {@link #begin} prepares it on a thread of its own while JavaFX
 * starts its toolkit, which takes as long (both about 0.2 s of a start, measured; see README, Start benchmark).
 *
 * @param problem why the app cannot start (e.g. a damaged accounts file), in words; null when it can
 */
record AppStart(AppServices services, StartupRoute route, boolean urlGiven,
                Optional<Future<AccountWorkspace>> opening, String problem) {

    /** Starts {@link #prepare} on a thread of its own; the app's {@code init()} takes the result. */
    static Future<AppStart> begin(String apiUrlOption) {
        FutureTask<AppStart> preparing = new FutureTask<>(() -> prepare(apiUrlOption));
        Thread thread = new Thread(preparing, "app-start");
        thread.setDaemon(true);
        thread.start();
        return preparing;
    }

    /** Opens the services, decides the route and starts opening its account; off the JavaFX thread. */
    static AppStart prepare(String apiUrlOption) {
        ConnectionSettings settings = new ConnectionSettings(System.getenv());
        boolean urlGiven = settings.endpointGiven(apiUrlOption);
        AppServices services = null;
        try {
            services = AppServices.open();
            if (!Application.class.getModule().isNamed()) {
                // java -jar: JavaFX on the class path warns "Unsupported JavaFX configuration" before this log
                // exists (the console is quiet, so it is said here); mvn javafx:run and the installers load it as modules
                System.getLogger(AppStart.class.getName()).log(System.Logger.Level.INFO,
                        "JavaFX runs from the class path (unnamed module), a configuration JavaFX does not support");
            }
            StartupRoute route = new StartupDecider(services.accounts(), services.credentials(), services.redactor())
                    .decide(settings.token(), settings.endpoint(apiUrlOption));
            return new AppStart(services, route, urlGiven, WindowFlow.openEarly(services, route), null);
        } catch (IOException | RuntimeException e) {
            // e.g. a damaged accounts file or an unwritable data folder: said in words, not as a stack trace
            System.getLogger(AppStart.class.getName()).log(System.Logger.Level.ERROR, "Hood Admin could not start", e);
            return new AppStart(services, null, urlGiven, Optional.empty(),
                    e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
