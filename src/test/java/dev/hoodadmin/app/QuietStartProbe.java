package dev.hoodadmin.app;

import dev.hoodadmin.Main;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The app's real entry point in a child JVM ({@link QuietStartTest}): it runs {@link Main} as {@code hood-admin}
 * without arguments, and quits the window through {@link Platform#exit()} once it shows its first rows.
 */
public final class QuietStartProbe {
    private QuietStartProbe() {
    }

    public static void main(String[] args) {
        Thread quitter = new Thread(QuietStartProbe::quitOnceShown, "quiet-start-probe");
        quitter.setDaemon(true);
        quitter.start();
        Main.main(args);
    }

    private static void quitOnceShown() {
        try {
            while (!windowShowsRows()) Thread.sleep(100);
            Platform.exit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a main window shows its property count ("300 properties"); false before JavaFX runs. */
    private static boolean windowShowsRows() throws InterruptedException {
        CompletableFuture<Boolean> shown = new CompletableFuture<>();
        try {
            Platform.runLater(() -> shown.complete(Window.getWindows().stream()
                    .filter(window -> window instanceof Stage && window.isShowing() && window.getScene() != null)
                    .map(window -> window.getScene().lookup("#propertyCountLabel"))
                    .anyMatch(QuietStartProbe::countsRows)));
        } catch (IllegalStateException notStartedYet) {
            return false;
        }
        try {
            return shown.get(5, TimeUnit.SECONDS);
        } catch (Exception notAnsweredYet) {
            return false;
        }
    }

    private static boolean countsRows(Node node) {
        return node instanceof Label label && label.getText() != null && label.getText().endsWith(" properties");
    }
}
