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
import dev.hoodadmin.ui.signin.AccountSwitcher;
import dev.hoodadmin.ui.signin.AccountSwitcherListener;
import dev.hoodadmin.ui.signin.AccountSwitcherModel;
import dev.hoodadmin.ui.theme.ThemeController;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.Window;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which window the person sees: the main window on a live account or on the demo, or the sign-in
 * screen. Changing account closes the old session (its outbox keeps what was not sent) before the
 * new one opens, all off the JavaFX thread.
 */
final class WindowFlow implements AccountSwitcherListener {
    private static final System.Logger LOG = System.getLogger(WindowFlow.class.getName());

    private final AppServices services;
    private final ThemeController themes;
    private final HelpActions help;
    private final AccountSwitcherModel switcher;
    private final Node switcherNode; // one control, moved into each new window (it listens to the accounts)
    private final SignInWindow signIn;
    private DemoServer demo;
    private AccountWindow current;
    private String currentKey;
    /**
     * Each account's view (filters, sort, columns, place) as its last window left it, for this session: a window
     * rebuilt for the account (sign in again, switching back) opens where the person was, and one account's
     * filter never shows up on another.
     */
    private final Map<String, ViewState> views = new HashMap<>();

    WindowFlow(AppServices services, ThemeController themes, HelpActions help) {
        this.services = services;
        this.themes = themes;
        this.help = help;
        this.switcher = new AccountSwitcherModel(services.accounts(), services.credentials(), services.tasks(), this);
        this.switcherNode = new AccountSwitcher(switcher).node();
        SignInService signInService = new SignInService(TokenVerifier.overHttp(), services.accounts(),
                services.credentials(), services.redactor());
        this.signIn = new SignInWindow(signInService, services.tasks(), this::goLive, this::goDemo);
    }

    /**
     * The first window. A token (environment or keychain) goes live; with none, the demo opens, unless
     * the person named an API URL or has an account: then the sign-in screen asks for the token.
     */
    void begin(StartupRoute route, boolean urlGiven) {
        if (route instanceof StartupRoute.Live live) {
            goLive(live.account(), live.token());
        } else if (route instanceof StartupRoute.SignIn signInRoute && (urlGiven || signInRoute.lastAccount().isPresent())) {
            signIn.show(owner(), signInRoute.lastAccount());
        } else {
            goDemo();
        }
    }

    void goLive(Account account, ApiToken token) {
        switchTo(() -> AccountWorkspace.open(services.accounts().accountDirectory(account), account.endpoint(), token,
                WorkspaceOptions.standard()), Optional.of(account));
    }

    void goDemo() {
        switchTo(() -> {
            if (demo == null) demo = DemoServer.start();
            // demo data lives only as long as its simulator: a copy kept from an earlier run would be out of step
            return AccountWorkspace.open(services.demoDirectory(), demo.endpoint(), demo.token(),
                    WorkspaceOptions.standard().withoutCopy());
        }, Optional.empty());
    }

    private interface AccountOpener {
        AccountWorkspace open() throws Exception;
    }

    private void switchTo(AccountOpener opener, Optional<Account> account) {
        AccountWindow previous = current;
        if (previous != null) {
            views.put(currentKey, previous.capture());
            previous.freeze();
        }
        services.tasks().call(() -> {
                    if (previous != null) previous.account().close(); // releases the data file before reopening it
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
        current = new AccountWindow(opened, account.isEmpty(), services, themes, help, switcherNode,
                () -> signIn.show(owner(), account), this::quit);
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
        Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
        alert.setHeaderText("The account could not be opened");
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
    public void onProblem(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.initOwner(owner());
        alert.show();
    }
}
