package dev.hoodadmin.bench;

import dev.hoodadmin.Main;
import dev.hoodadmin.api.ProfileProperty;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.util.Locale;

/**
 * The app's own start ({@link Main} without arguments, as {@code hood-admin} runs it) in a JVM of its own, watched
 * from outside the window: the moments (epoch ms) the main window showed, its first rows and all {@code ROWS}
 * rows, then it quits as File → Quit would. The account comes from the environment the caller sets
 * ({@code HOOD_ADMIN_HOME}, {@code HOOD_API_URL}, {@code HOOD_API_TOKEN}); see {@link StartBenchmark}.
 */
public final class AppStartRun {
    private static final long[] at = new long[3]; // shown, first rows, all rows

    private AppStartRun() {
    }

    /** A first start: it quits once the read is over (Refresh enabled again), so the kept copy is complete. */
    private static boolean fill;

    public static void main(String[] args) {
        int rows = Integer.parseInt(args[0]);
        fill = args.length > 1 && args[1].equals("fill");
        Thread watcher = new Thread(() -> watch(rows), "start-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Main.main(new String[0]);
    }

    /** Waits for JavaFX, then for a window that shows the property table. */
    private static void watch(int rows) {
        while (true) {
            try {
                Platform.runLater(() -> Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                    while (change.next()) {
                        for (Window window : change.getAddedSubList()) {
                            if (window instanceof Stage stage) stage.addEventHandler(WindowEvent.WINDOW_SHOWN,
                                    event -> shown(stage, rows));
                        }
                    }
                }));
                return;
            } catch (IllegalStateException notYet) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void shown(Stage stage, int rows) {
        Node node = stage.getScene().lookup("#propertyTable");
        if (!(node instanceof TableView<?>) || at[0] != 0) return;
        at[0] = System.currentTimeMillis();
        TableView<ProfileProperty> table = (TableView<ProfileProperty>) node;
        table.getItems().addListener((ListChangeListener<ProfileProperty>) change -> counted(table, rows));
        counted(table, rows);
    }

    private static void counted(TableView<ProfileProperty> table, int rows) {
        int shown = table.getItems().size();
        if (at[1] == 0 && shown > 0) at[1] = System.currentTimeMillis();
        if (at[2] == 0 && shown == rows) {
            at[2] = System.currentTimeMillis();
            // absolute times: the caller counts from the moment it started this process (the JVM's own start time
            // needs java.management, which the installers' runtime leaves out)
            System.out.printf(Locale.US, "  app %d %d %d %d%n", rows, at[0], at[1], at[2]);
            Node refresh = table.getScene().lookup("#refreshButton");
            if (!fill || !refresh.isDisabled()) Platform.exit();
            else refresh.disabledProperty().addListener((property, was, disabled) -> {
                if (!disabled) Platform.exit();
            });
        }
    }
}
