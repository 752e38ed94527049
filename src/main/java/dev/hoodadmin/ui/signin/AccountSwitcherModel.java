package dev.hoodadmin.ui.signin;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.account.CredentialException;
import dev.hoodadmin.account.CredentialStore;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.ui.common.BackgroundTasks;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Optional;

/** State and commands of the account switcher; the keychain and the accounts file are used off the FX thread. */
public final class AccountSwitcherModel {
    private static final System.Logger LOG = System.getLogger(AccountSwitcherModel.class.getName());

    private final AccountStore accounts;
    private final CredentialStore credentials;
    private final BackgroundTasks tasks;
    private final AccountSwitcherListener listener;
    private final ObservableList<Account> list = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Account> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** @param tasks uses the keychain and the accounts file in the background; outcomes on the JavaFX thread */
    public AccountSwitcherModel(AccountStore accounts, CredentialStore credentials, BackgroundTasks tasks,
                                AccountSwitcherListener listener) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.tasks = tasks;
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
        tasks.call(() -> {
            Optional<String> problem = Optional.empty();
            try {
                accounts.switchTo(account.id());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not remember the active account", e);
                problem = Optional.of(Texts.get("account.switch.notSaved", e.getMessage()));
            }
            return new Switched(credentials.load(account), problem);
        }).onSuccess(switched -> {
            busy.set(false);
            current.set(switched.token().isPresent() ? account : null);
            switched.problem().ifPresent(listener::onProblem);
            listener.onSwitched(account, switched.token());
        }).start();
    }

    /** What a switch found: the account's remembered token, and what went wrong on the way. */
    private record Switched(Optional<ApiToken> token, Optional<String> problem) {
    }

    public void addAccount() {
        listener.onAddAccount();
    }

    public void signOut() {
        Account account = current.get();
        if (busy.get() || account == null) return;
        busy.set(true);
        tasks.call(() -> {
            try {
                credentials.forget(account);
                accounts.clearActive();
                return Optional.<String>empty();
            } catch (CredentialException | IOException e) {
                LOG.log(Level.WARNING, "Sign-out was incomplete", e);
                return Optional.of(Texts.get("account.signOut.incomplete", e.getMessage()));
            }
        }).onSuccess(problem -> {
            busy.set(false);
            current.set(null);
            problem.ifPresent(listener::onProblem);
            listener.onSignedOut(account);
        }).start();
    }
}
