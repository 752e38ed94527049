package dev.hoodadmin.app;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.SignInService;
import dev.hoodadmin.account.StartupRoute;
import dev.hoodadmin.account.TokenVerifier;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.WorkspaceOptions;
import dev.hoodadmin.ui.main.ViewState;
import dev.hoodadmin.ui.menu.HelpActions;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.ui.signin.AccountFolders;
import dev.hoodadmin.ui.signin.AccountSwitcher;
import dev.hoodadmin.ui.signin.AccountSwitcherListener;
import dev.hoodadmin.ui.signin.AccountSwitcherModel;
import dev.hoodadmin.ui.text.LanguageController;
import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.ui.theme.ThemeController;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Which window the person sees: the main window on a live account or on the demo, or the sign-in
 * screen. Changing account closes the old session (its outbox keeps what was not sent) before the
 * new one opens, all off the JavaFX thread. A new language reopens the same account the same way, so
 * the window is built again in that language and the outbox keeps what was not sent.
 */
final class WindowFlow implements AccountSwitcherListener {
    private static final System.Logger LOG = System.getLogger(WindowFlow.class.getName());

    private final AppServices services;
    private final ThemeController themes;
    private final LanguageController languages;
    private final HelpActions help;
    private final AccountSwitcherModel switcher;
    private final AccountSwitcher switcherControl; // one control, moved into each new window (it listens to the accounts)
    private final SignInWindow signIn;
    private DemoServer demo;
    private volatile AccountWindow current;
    /** How the current window's account was opened, to open it again in another language. */
    private AccountOpener currentOpener;
    private volatile Account currentAccount; // null in the demo
    private String currentKey;
    /**
     * Each account's view (filters, sort, columns, place) as its last window left it, for this session: a window
     * rebuilt for the account (sign in again, switching back, another language) opens where the person was, and
     * one account's filter never shows up on another.
     */
    private final Map<String, ViewState> views = new HashMap<>();

    WindowFlow(AppServices services, ThemeController themes, LanguageController languages, HelpActions help) {
        this.services = services;
        this.themes = themes;
        this.languages = languages;
        this.help = help;
        AccountFolders folders = new AccountFolders(services.accounts(), this::openHere);
        this.switcher = new AccountSwitcherModel(services.accounts(), services.credentials(), folders, services.tasks(),
                this);
        this.switcherControl = new AccountSwitcher(switcher);
        languages.whenChanged(this::rebuildInNewLanguage);
        SignInService signInService = new SignInService(TokenVerifier.overHttp(), services.accounts(),
                services.credentials(), services.redactor());
        this.signIn = new SignInWindow(signInService, services.tasks(), this::goLive, this::goDemo);
    }

    /**
     * The first window. A token (environment or keychain) goes live; with none, the demo opens, unless
     * the person named an API URL or has an account: then the sign-in screen asks for the token.
     */
    void begin(StartupRoute route, boolean urlGiven) {
        begin(route, urlGiven, Optional.empty());
    }

    /** As {@link #begin(StartupRoute, boolean)}, taking the account {@link #openEarly} started opening, if any. */
    void begin(StartupRoute route, boolean urlGiven, Optional<Future<AccountWorkspace>> opening) {
        if (route instanceof StartupRoute.Live live) {
            AccountOpener opener = liveOpener(services, live.account(), live.token());
            switchTo(opening.<AccountOpener>map(WindowFlow::taking).orElse(opener), opener, Optional.of(live.account()),
                    () -> { });
        } else if (route instanceof StartupRoute.SignIn signInRoute && (urlGiven || signInRoute.lastAccount().isPresent())) {
            signIn.show(owner(), signInRoute.lastAccount());
        } else {
            goDemo();
        }
    }

    void goLive(Account account, ApiToken token) {
        switchTo(liveOpener(services, account, token), Optional.of(account), () -> { });
    }

    private static AccountOpener liveOpener(AppServices services, Account account, ApiToken token) {
        return () -> AccountWorkspace.open(services.accounts().accountDirectory(account), account.endpoint(), token,
                WorkspaceOptions.standard());
    }

    /**
     * Starts opening the account a live {@code route} goes to (lock, data file, client) in the background, before
     * this flow exists: it runs while the JavaFX thread sets up the app, and {@link #begin} takes it. Empty for a
     * route that opens no account yet.
     */
    static Optional<Future<AccountWorkspace>> openEarly(AppServices services, StartupRoute route) {
        if (!(route instanceof StartupRoute.Live live)) return Optional.empty();
        AccountOpener opener = liveOpener(services, live.account(), live.token());
        return Optional.of(services.background().submit(opener::open));
    }

    /** The workspace {@code opening} opens, or what stopped it. */
    private static AccountOpener taking(Future<AccountWorkspace> opening) {
        return () -> {
            try {
                return opening.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception failure) throw failure;
                throw e;
            }
        };
    }

    void goDemo() {
        goDemo(() -> { });
    }

    /** Opens the demo; {@code afterPreviousClosed} runs in the background once the account in use is closed. */
    private void goDemo(Runnable afterPreviousClosed) {
        switchTo(() -> {
            if (demo == null) demo = DemoServer.start();
            // demo data lives only as long as its simulator: a copy kept from an earlier run would be out of step
            return AccountWorkspace.open(services.demoDirectory(), demo.endpoint(), demo.token(),
                    WorkspaceOptions.standard().withoutCopy());
        }, Optional.empty(), afterPreviousClosed);
    }

    private interface AccountOpener {
        AccountWorkspace open() throws Exception;
    }

    /** View → Language: the account opened again as after "Sign in again", its window built in the new language. */
    private void rebuildInNewLanguage() {
        switcherControl.retranslate(); // its menu texts too
        if (currentOpener != null) switchTo(currentOpener, Optional.ofNullable(currentAccount), () -> { });
    }

    private void switchTo(AccountOpener opener, Optional<Account> account, Runnable afterPreviousClosed) {
        switchTo(opener, opener, account, afterPreviousClosed);
    }

    /** @param again how to open the same account again later (another language) */
    private void switchTo(AccountOpener opener, AccountOpener again, Optional<Account> account,
                          Runnable afterPreviousClosed) {
        currentOpener = again;
        AccountWindow previous = current;
        if (previous != null) {
            views.put(currentKey, previous.capture());
            previous.freeze();
        }
        services.tasks().call(() -> {
                    try {
                        if (previous != null) previous.account().close(); // releases the data file before reopening it
                    } finally {
                        afterPreviousClosed.run();
                    }
                    AccountWorkspace opened = opener.open();
                    opened.worker().start(); // first resends what a previous run left in flight
                    return opened;
                })
                .onSuccess(opened -> show(opened, account, previous))
                .onFailure(e -> {
                    LOG.log(System.Logger.Level.ERROR, "Could not open the account", e);
                    failedToOpen(e, previous);
                })
                .start();
    }

    private void show(AccountWorkspace opened, Optional<Account> account, AccountWindow previous) {
        current = new AccountWindow(opened, account.isEmpty(), services, themes, languages, help, switcherControl.node(),
                () -> signIn.show(owner(), account), this::quit);
        currentAccount = account.orElse(null);
        currentKey = viewKey(account);
        account.ifPresent(switcher::showConnected);
        current.show();
        ViewState view = views.get(currentKey);
        if (view != null) current.restore(view);
        signIn.close();
        if (previous != null) previous.dispose(); // after the new window shows, so the app never has none
    }

    /** Accounts by their id; the demo by a name no account id can have (ids are lower-case letters, digits, '-'). */
    private static String viewKey(Optional<Account> account) {
        return account.map(Account::id).orElse("(demo)");
    }

    private void failedToOpen(Exception e, AccountWindow previous) {
        if (previous != null) previous.dispose();
        current = null;
        currentAccount = null;
        Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
        alert.setHeaderText(Texts.get("app.accountNotOpened"));
        alert.showAndWait();
        signIn.show(null, Optional.empty());
    }

    private Window owner() {
        return current == null ? null : current.stage();
    }

    /** Quits now; what was not sent stays in the outbox and is sent on the next start. */
    void quit() {
        Platform.exit();
    }

    /** Closes the session and the demo server; called once, as the app stops. */
    void close() {
        if (current != null) current.account().close();
        if (demo != null) demo.close();
    }

    @Override
    public void onSwitched(Account account, Optional<ApiToken> token) {
        if (token.isPresent()) goLive(account, token.get());
        else signIn.show(owner(), Optional.of(account));
    }

    @Override
    public void onAddAccount() {
        signIn.show(owner(), Optional.empty());
    }

    @Override
    public void onSignedOut(Account account) {
        signIn.show(owner(), Optional.of(account));
    }

    @Override
    public void onChangeToken(Account account) {
        signIn.show(owner(), Optional.of(account));
    }

    @Override
    public CompletableFuture<Void> onLeaving(Account account) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        if (currentAccount != null && currentAccount.id().equals(account.id())) goDemo(() -> closed.complete(null));
        else closed.complete(null);
        return closed;
    }

    /** The outbox of the account this window has open (the data file is locked by it): any other is read from disk. */
    private Optional<Outbox> openHere(Account account) {
        AccountWindow window = current;
        Account open = currentAccount;
        return window != null && open != null && open.id().equals(account.id())
                ? Optional.of(window.account().outbox()) : Optional.empty();
    }

    @Override
    public void onProblem(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.initOwner(owner());
        alert.show();
    }
}
