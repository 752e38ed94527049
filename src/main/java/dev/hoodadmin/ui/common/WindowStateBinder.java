package dev.hoodadmin.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Restores a stage and its table from a {@link WindowStateStore} before it shows, and saves them
 * when it hides. Columns are matched by their id, so renamed or new columns fall back to defaults.
 */
public final class WindowStateBinder {
    private final WindowStateStore store;
    private final Supplier<List<Rectangle2D>> screens;

    /** {@code screens} lists the visual bounds of the screens, the primary first. */
    public WindowStateBinder(WindowStateStore store, Supplier<List<Rectangle2D>> screens) {
        this.store = store;
        this.screens = screens;
    }

    /** Uses the screens attached to this machine. */
    public WindowStateBinder(WindowStateStore store) {
        this(store, WindowStateBinder::attachedScreens);
    }

    /** Applies the saved state (if any) to a stage that is not showing yet, and saves on hiding. */
    public void attach(Stage stage, TableView<?> table) {
        Optional<WindowState> saved = store.load();
        NormalBounds normal = new NormalBounds(stage);
        saved.ifPresent(state -> {
            WindowState fitted = WindowPlacement.fit(state, screens.get());
            stage.setX(fitted.x());
            stage.setY(fitted.y());
            stage.setWidth(fitted.width());
            stage.setHeight(fitted.height());
            normal.remember(fitted);
            stage.setMaximized(state.maximized());
            ColumnLayout.apply(table, state.columns());
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> store.save(capture(stage, table, normal)));
    }

    private static WindowState capture(Stage stage, TableView<?> table, NormalBounds normal) {
        return normal.state(stage.isMaximized(), ColumnLayout.capture(table));
    }

    private static List<Rectangle2D> attachedScreens() {
        List<Rectangle2D> bounds = new ArrayList<>();
        bounds.add(Screen.getPrimary().getVisualBounds());
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(Screen.getPrimary())) bounds.add(screen.getVisualBounds());
        }
        return bounds;
    }

    /** The stage's bounds while not maximised: a maximised stage reports the screen's bounds instead. */
    private static final class NormalBounds {
        private double x;
        private double y;
        private double width;
        private double height;

        NormalBounds(Stage stage) {
            stage.xProperty().addListener((obs, old, value) -> track(stage));
            stage.yProperty().addListener((obs, old, value) -> track(stage));
            stage.widthProperty().addListener((obs, old, value) -> track(stage));
            stage.heightProperty().addListener((obs, old, value) -> track(stage));
        }

        void remember(WindowState state) {
            x = state.x();
            y = state.y();
            width = state.width();
            height = state.height();
        }

        private void track(Stage stage) {
            if (stage.isMaximized() || Double.isNaN(stage.getWidth()) || Double.isNaN(stage.getHeight())) return;
            x = stage.getX();
            y = stage.getY();
            width = stage.getWidth();
            height = stage.getHeight();
        }

        WindowState state(boolean maximized, List<ColumnState> columns) {
            return new WindowState(finite(x), finite(y), width > 0 ? width : 1200, height > 0 ? height : 760,
                    maximized, columns);
        }

        private static double finite(double value) {
            return Double.isFinite(value) ? value : 0;
        }
    }
}
