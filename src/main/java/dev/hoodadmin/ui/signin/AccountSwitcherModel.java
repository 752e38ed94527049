package dev.hoodadmin.ui.signin;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.account.CredentialException;
import dev.hoodadmin.account.CredentialStore;
import dev.hoodadmin.api.ApiToken;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.Executor;

/** State and commands of the account switcher; the keychain and the accounts file are used off the FX thread. */
public final class AccountSwitcherModel {
    private static final System.Logger LOG = System.getLogger(AccountSwitcherModel.class.getName());

    private final AccountStore accounts;
    private final CredentialStore credentials;
    private final Executor background;
    private final Executor fx;
    private final AccountSwitcherListener listener;
    private final ObservableList<Account> list = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Account> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public AccountSwitcherModel(AccountStore accounts, CredentialStore credentials, Executor background, Executor fx,
                                AccountSwitcherListener listener) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.background = background;
        this.fx = fx;
        this.listener = listener;
        list.setAll(accounts.accounts());
    }

    public ObservableList<Account> accounts() {
        return FXCollections.unmodifiableObservableList(list);
    }

    /** The account the app is connected with now; null while signed out or in the demo. */
    public ReadOnlyObjectProperty<Account> currentAccountProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Call when the app goes live with an account (start, sign-in, switch); also refreshes the list. */
    public void showConnected(Account account) {
        list.setAll(accounts.accounts());
        current.set(account);
    }

    public void switchTo(Account account) {
        if (busy.get() || account.equals(current.get())) return;
        busy.set(true);
        background.execute(() -> {
            String problem = null;
            try {
                accounts.switchTo(account.id());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not remember the active account", e);
                problem = "Switched, but the choice could not be saved for next time: " + e.getMessage();
            }
            Optional<ApiToken> token = credentials.load(account);
            String shown = problem;
            fx.execute(() -> {
                busy.set(false);
                current.set(token.isPresent() ? account : null);
                if (shown != null) listener.onProblem(shown);
                listener.onSwitched(account, token);
            });
        });
    }

    public void addAccount() {
        listener.onAddAccount();
    }

    public void signOut() {
        Account account = current.get();
        if (busy.get() || account == null) return;
        busy.set(true);
        background.execute(() -> {
            String problem = null;
            try {
                credentials.forget(account);
                accounts.clearActive();
            } catch (CredentialException | IOException e) {
                LOG.log(Level.WARNING, "Sign-out was incomplete", e);
                problem = "Signed out, but " + e.getMessage();
            }
            String shown = problem;
            fx.execute(() -> {
                busy.set(false);
                current.set(null);
                if (shown != null) listener.onProblem(shown);
                listener.onSignedOut(account);
            });
        });
    }
}
