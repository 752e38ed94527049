package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.common.AppTheme;
import dev.hoodadmin.ui.common.WindowStateBinder;
import dev.hoodadmin.ui.common.WindowStateStore;
import dev.hoodadmin.ui.find.FindBar;
import dev.hoodadmin.ui.menu.AppMenuBar;
import dev.hoodadmin.ui.menu.HelpActions;
import dev.hoodadmin.ui.menu.MenuCommands;
import dev.hoodadmin.ui.table.PropertyTable;
import dev.hoodadmin.ui.text.LanguageController;
import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.ui.theme.ThemeController;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The main window: menu bar, demo banner, toolbar (filters, Refresh, Reload) and load error on top,
 * the property table in the middle, the status bar below. Builds and binds nodes only; state and
 * commands live in {@link MainViewModel}. Shortcuts are the menu items' accelerators.
 */
public final class MainWindow {
    static final String TITLE = "Hood Admin";
    static final String ROOT_ID = "mainWindow";
    private static final String STYLESHEET = "/dev/hoodadmin/ui/hood-admin.css";
    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 880;
    /**
     * The smallest window: the table keeps its status and label columns and about ten rows beside the
     * detail pane. Everything is tested to fit uncut from 1024×768 up (LayoutAtEverySizeTest).
     */
    static final double MIN_WIDTH = 880;
    static final double MIN_HEIGHT = 600;

    private final MainViewModel vm;
    private final WindowStateBinder windowState;
    private final ThemeController themes;
    private final TableView<ProfileProperty> table;
    private final FindBar findBar;
    private final BorderPane root;
    private final VBox top;
    private final MenuBar menuBar;
    private final StatusBar statusBar;
    private final ViewStateKeeper view;
    private Scene scene;

    /** Light theme and the current language (neither remembered), no Help menu: for tests and tools. */
    public MainWindow(MainViewModel vm, WindowStateStore store) {
        this(vm, new WindowStateBinder(store), ThemeController.fixed(AppTheme.LIGHT), LanguageController.current(),
                HelpActions.NONE);
    }

    public MainWindow(MainViewModel vm, WindowStateBinder windowState, ThemeController themes,
                      LanguageController languages, HelpActions help) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.windowState = Objects.requireNonNull(windowState, "windowState");
        this.themes = Objects.requireNonNull(themes, "themes");
        themes.preset(); // before the first control
        this.findBar = new FindBar(vm.find());
        this.table = PropertyTable.create(vm.find());
        this.root = new BorderPane(table);
        root.setId(ROOT_ID);
        root.setAccessibleText(Texts.get("window.main.accessible", TITLE));
        menuBar = AppMenuBar.create(commands(), themes.choiceProperty(), languages.choiceProperty(),
                Objects.requireNonNull(help, "help"),
                this::window);
        WindowKeys.install(findBar, table);
        view = new ViewStateKeeper(table, vm.find(), vm.status());
        vm.beforeFullRead(view::holdPlace);
        top = new VBox(menuBar, new DemoBanner(vm), new MainToolBar(vm, findBar), new LoadErrorPane(vm));
        root.setTop(top);
        statusBar = new StatusBar(vm);
        root.setBottom(statusBar);
    }

    public MainViewModel viewModel() {
        return vm;
    }

    /** The property table, for features that add to it (editing cells, key handlers). */
    public TableView<ProfileProperty> table() {
        return table;
    }

    /** The filters, sort, columns and place in the rows now, for a window rebuilt on the same account. */
    public ViewState captureView() {
        return view.capture();
    }

    /**
     * Puts back what {@link #captureView()} kept: filters, sort and columns at once, the selection and scroll
     * position as soon as the rows they name are shown. Call after {@link #show(Stage)}, which applies the saved
     * column layout of the last window closed.
     */
    public void restoreView(ViewState state) {
        view.restore(state);
    }

    /** Replaces the centre with {@code wrap} applied to it, e.g. the table with an editor pane beside it. */
    public void wrapCenter(UnaryOperator<Node> wrap) {
        root.setCenter(wrap.apply(root.getCenter()));
    }

    /** Adds a strip under the toolbar, e.g. a banner a feature shows when it needs attention. */
    public void addBanner(Node banner) {
        top.getChildren().add(banner);
    }

    /**
     * Adds a feature's commands at the top of a menu ({@link AppMenuBar#EDIT_ID}, {@link AppMenuBar#VIEW_ID}, …),
     * separated from the window's own; their accelerators work window-wide.
     */
    public void addMenuSection(String menuId, List<? extends MenuItem> items) {
        AppMenuBar.addSection(menuBar, menuId, items);
    }

    /** Adds an item to the status bar, before the load progress. */
    public void addStatusItem(Node item) {
        statusBar.addItem(item);
    }

    private MenuCommands commands() {
        return new MenuCommands(vm::refresh, vm::reload, this::requestClose, findBar::focusFilter, vm.status().loadingProperty());
    }

    public Parent root() {
        return root;
    }

    /** The scene, created on first use with the app stylesheet. */
    public Scene scene() {
        if (scene == null) {
            // a first window as large as is comfortable, never larger than the screen
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            scene = new Scene(root, Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.92),
                    Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.92));
            scene.getStylesheets().add(Objects.requireNonNull(
                    MainWindow.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
            WindowKeys.installAccelerators(scene, findBar);
        }
        return scene;
    }

    /**
     * Applies the theme, restores the remembered size, position and columns, shows the window and
     * starts the first load. Closing the window saves its state and stops a running load.
     * Call once per window, on the JavaFX thread.
     */
    public void show(Stage stage) {
        themes.start();
        stage.setTitle(vm.account().isDemo() ? Texts.get("window.main.titleDemo", TITLE) : TITLE);
        stage.setScene(scene());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        windowState.attach(stage, table);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> vm.cancel());
        stage.show();
        vm.reload();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** File → Quit: asks to close as the window's close button does, so close-request handlers may still object. */
    private void requestClose() {
        Window window = window();
        if (window != null) window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }
}
