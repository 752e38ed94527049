package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.create.NewPropertyFeature;
import dev.hoodadmin.ui.imports.ExportFeature;
import dev.hoodadmin.ui.imports.ImportFeature;
import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.account.SessionOnlyCredentialStore;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.GateFactory;
import dev.hoodadmin.engine.WorkspaceOptions;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.OutboxWorker;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.outbox.RetryPolicy;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import dev.hoodadmin.ui.common.InMemoryWindowStateStore;
import dev.hoodadmin.ui.main.AccountLabel;
import dev.hoodadmin.ui.main.MainViewModel;
import dev.hoodadmin.ui.main.MainWindow;
import dev.hoodadmin.ui.main.PropertyLoader;
import dev.hoodadmin.ui.find.FilterExecution;
import dev.hoodadmin.ratelimit.BudgetView;
import dev.hoodadmin.ui.signin.AccountSwitcher;
import dev.hoodadmin.ui.signin.AccountSwitcherListener;
import dev.hoodadmin.ui.signin.AccountFolders;
import dev.hoodadmin.ui.signin.AccountSwitcherModel;
import dev.hoodadmin.ui.table.PropertyColumns;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import dev.hoodadmin.api.UpdatableField;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The main window with editing installed, against the real embedded simulator over loopback, a real outbox
 * on a SQLite file in a temporary folder, a real worker and the real HTTP client. By default the rate limits
 * are off and the budget is a {@link FakeBudget}; {@link Setup#rateLimited} turns on the server's published
 * limits and gives the client the app's real rate budget. Retries are fast (100 ms doubling, 3 attempts) so
 * fault tests end quickly.
 */
final class EditorHarness implements AutoCloseable {
    static final String TOKEN = "editor-test-token";
    static final int PROPERTIES = 40;
    /** Custom properties with one-line texts, shown near the top in server order. */
    static final String LOYALTY_TIER = "1000101";
    static final String LIFETIME_VALUE = "1000103";
    static final String COUPON_CODE = "1000108";
    static final String HOME_LOCATION = "1000111";
    /** System properties right below them. */
    static final String EMAIL = "1000112";
    static final String FIRST_NAME = "1000113";

    /**
     * How the server and the client are set up.
     *
     * @param properties  how many properties the simulator serves
     * @param rateLimited the server enforces 10 per second and 150 per minute, and the client paces itself
     *                    with the app's rate budget on the real clock
     * @param demo        the window as the app shows the demo: the demo banner, and the account switcher
     *                    ("Not signed in — sign in…") in the status bar
     */
    record Setup(int properties, boolean rateLimited, boolean demo) {
        static final Setup DEFAULT = new Setup(PROPERTIES, false);

        Setup(int properties, boolean rateLimited) {
            this(properties, rateLimited, false);
        }

        static Setup rateLimited(int properties) {
            return new Setup(properties, true);
        }

        /** The demo window with as many properties as the app's demo (DemoServer.SAMPLE_SIZE). */
        static Setup demoWindow() {
            return new Setup(300, false, true);
        }
    }

    final Setup setup;
    final HoodSimulator sim;
    final AccountWorkspace account;
    final HoodClient client;
    final SwitchableApi workerApi;
    final Outbox outbox;
    final OutboxWorker worker;
    /** The budget the views show unless {@link Setup#rateLimited}. */
    final FakeBudget budget = new FakeBudget();
    final ExecutorService background = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "editor-test-background");
        thread.setDaemon(true);
        return thread;
    });
    final AtomicInteger signInRequests = new AtomicInteger();
    final AtomicReference<Runnable> onSignIn = new AtomicReference<>(() -> { });
    final MainWindow window;
    final EditorFeature feature;
    final NewPropertyFeature newProperties;
    /** What the Import and Export file dialogs answer in the tests (no native dialogs on Monocle). */
    final AtomicReference<Path> chosenFile = new AtomicReference<>();

    EditorHarness(Path folder, Stage stage) {
        this(folder, stage, Setup.DEFAULT);
    }

    EditorHarness(Path folder, Stage stage, Setup setup) {
        this.setup = setup;
        SimulatorConfig.Builder server = SimulatorConfig.builder(TOKEN).properties(setup.properties());
        // rate-limited: the builder's defaults are Hood's published limits
        sim = HoodSimulator.start(setup.rateLimited() ? server.build()
                : server.rateLimitsEnabled(false).maxInFlight(0).build());
        Endpoint endpoint = new Endpoint(sim.baseUri());
        AtomicReference<SwitchableApi> switchable = new AtomicReference<>();
        account = open(folder, endpoint, WorkspaceOptions.standard()
                .withGates(setup.rateLimited() ? GateFactory.hoodLimits() : () -> RequestGate.UNLIMITED)
                .withRetryPolicy(new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 3, 0.0, new Random(7)))
                .withWorkerApi(api -> {
                    switchable.set(new SwitchableApi(api));
                    return switchable.get();
                }));
        client = account.client();
        workerApi = switchable.get();
        outbox = account.outbox();
        worker = account.worker();
        window = new MainWindow(new MainViewModel(account.properties(), new PropertyLoader(BackgroundTasks.of(background, Platform::runLater)),
                FilterExecution.app(background), new AccountLabel(endpoint, setup.demo()), Locale.getDefault(Locale.Category.FORMAT)),
                new InMemoryWindowStateStore());
        BudgetView shownBudget = account.budget().<BudgetView>map(rateBudget -> rateBudget).orElse(budget);
        feature = EditorFeature.install(window, new EditorDependencies(outbox, worker, shownBudget, background, () -> {
            signInRequests.incrementAndGet();
            onSignIn.get().run();
        }, account.journal(), account.undo()));
        BackgroundTasks tasks = BackgroundTasks.of(background, Platform::runLater);
        newProperties = NewPropertyFeature.install(window, outbox, account::newPropertyCheck, tasks);
        ImportFeature.install(window, account, tasks, owner -> Optional.ofNullable(chosenFile.get()));
        ExportFeature.install(window, tasks, (owner, suggested) -> Optional.ofNullable(chosenFile.get()));
        if (setup.demo()) window.addStatusItem(accountSwitcher(folder));
        // room for the editable columns beside the detail pane
        for (String hidden : List.of(PropertyColumns.TARGET, PropertyColumns.DATA_TYPE, PropertyColumns.IMPORT_ALIASES)) {
            column(hidden).setVisible(false);
        }
        window.show(stage);
        // TestFX's primary stage is shared by the tests: a size an earlier test left (LayoutAtEverySizeTest's
        // 1024×768, where the quick filters fold) must not carry over
        stage.sizeToScene();
        worker.start();
    }

    private static AccountWorkspace open(Path folder, Endpoint endpoint, WorkspaceOptions options) {
        try {
            return AccountWorkspace.open(folder, endpoint, ApiToken.of(TOKEN), options);
        } catch (Exception e) {
            throw new IllegalStateException("could not open the test account", e);
        }
    }

    /** The status bar's account menu as the demo window has it: no account yet; its choices do nothing here. */
    private Node accountSwitcher(Path folder) {
        try {
            AccountStore accounts = AccountStore.open(folder.resolve("app"));
            AccountSwitcherModel model = new AccountSwitcherModel(accounts,
                    new SessionOnlyCredentialStore("no keychain in tests"),
                    new AccountFolders(accounts, account -> Optional.empty()), BackgroundTasks.of(background, Platform::runLater),
                    new AccountSwitcherListener() {
                        @Override
                        public void onSwitched(Account account, Optional<ApiToken> token) {
                        }

                        @Override
                        public void onAddAccount() {
                        }

                        @Override
                        public void onSignedOut(Account account) {
                        }

                        @Override
                        public void onChangeToken(Account account) {
                        }

                        @Override
                        public CompletableFuture<Void> onLeaving(Account account) {
                            return CompletableFuture.completedFuture(null);
                        }

                        @Override
                        public void onProblem(String message) {
                        }
                    });
            return new AccountSwitcher(model).node();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not open the test accounts file", e);
        }
    }

    void awaitLoaded(FxRobot robot) throws TimeoutException {
        Label count = robot.lookup("#propertyCountLabel").queryAs(Label.class);
        waitUntil(() -> (setup.properties() + " properties").equals(count.getText()));
    }

    TableView<ProfileProperty> table() {
        return window.table();
    }

    TableColumn<ProfileProperty, ?> column(String id) {
        return table().getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    int rowIndex(String propertyId) {
        List<ProfileProperty> items = table().getItems();
        for (int i = 0; i < items.size(); i++) if (items.get(i).id().equals(propertyId)) return i;
        throw new AssertionError("no row " + propertyId);
    }

    ProfileProperty row(String propertyId) {
        return table().getItems().get(rowIndex(propertyId));
    }

    /** The visible cell of a property and column, scrolled into view first. */
    TableCell<?, ?> cell(FxRobot robot, String propertyId, String columnId) {
        // one scroll at a time: with the table's fixed row height, a row and a column scrolled in the same
        // event leave the rows where they were until the next layout, which a click then triggers under the mouse
        robot.interact(() -> table().scrollTo(rowIndex(propertyId)));
        robot.interact(() -> table().scrollToColumn(column(columnId)));
        WaitForAsyncUtils.waitForFxEvents();
        // looked up on the JavaFX thread, as every read of the scene graph should be
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> cellNow(propertyId, columnId));
    }

    /**
     * The cell showing a property's column right now (cells are reused for other rows as the list changes,
     * so tests look them up again rather than keep them). Call on the JavaFX thread or after an interaction.
     */
    TableCell<?, ?> cellNow(String propertyId, String columnId) {
        for (Node node : table().lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && !cell.isEmpty() && cell.getTableColumn() != null
                    && columnId.equals(cell.getTableColumn().getId()) && cell.getTableRow() != null
                    && cell.getTableRow().getItem() instanceof ProfileProperty p && propertyId.equals(p.id())) {
                return cell;
            }
        }
        throw new AssertionError("no visible cell for " + propertyId + " in " + columnId);
    }

    boolean cellShows(String propertyId, String columnId, String text, PseudoClass... states) {
        TableCell<?, ?> cell = cellNow(propertyId, columnId);
        if (!text.equals(cell.getText())) return false;
        for (PseudoClass state : states) if (!cell.getPseudoClassStates().contains(state)) return false;
        return true;
    }

    boolean cellHas(String propertyId, String columnId, PseudoClass state) {
        return cellNow(propertyId, columnId).getPseudoClassStates().contains(state);
    }

    /** The queue panel's row of the edit of a property (the panel open). */
    static Node queueRow(FxRobot robot, String propertyId) {
        return robot.lookup("#queueTable .table-row-cell").match((TableRow<?> row) ->
                row.getItem() instanceof Edit edit && propertyId.equals(edit.propertyId())).query();
    }

    /** The simulator's value of a JSON field now, as text ("1"/"0" for flags). */
    String server(String propertyId, String jsonField) {
        Object value = sim.property(propertyId).orElseThrow().get(jsonField);
        return value == null ? null : String.valueOf(value);
    }

    /** Saves values through the detail pane's editor, as Save does, and waits for the edit to be queued. */
    void save(FxRobot robot, String propertyId, UpdatableField field, String value) throws TimeoutException {
        int before = edits().size();
        robot.interact(() -> feature.editor().save(row(propertyId), java.util.Map.of(field, value),
                feature.editor().begin("test")));
        waitUntil(() -> edits().size() > before);
    }

    List<Edit> edits() {
        return outbox.list();
    }

    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        waitUntil(Duration.ofSeconds(15), condition);
    }

    static void waitUntil(Duration timeout, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, () -> onFx(condition));
    }

    /** Reads JavaFX state on its thread. */
    static boolean onFx(BooleanSupplier condition) {
        if (Platform.isFxApplicationThread()) return condition.getAsBoolean();
        return WaitForAsyncUtils.waitForAsyncFx(5000, condition::getAsBoolean);
    }

    @Override
    public void close() {
        workerApi.release();
        Platform.runLater(feature::close);
        Platform.runLater(newProperties::close);
        background.shutdownNow();
        account.close();
        sim.close();
    }
}
