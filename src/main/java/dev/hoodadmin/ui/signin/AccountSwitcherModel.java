package dev.hoodadmin.ui.signin;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.account.CredentialException;
import dev.hoodadmin.account.CredentialStore;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.engine.AccountInUseException;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.text.Texts;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * State and commands of the account switcher: switch, add, rename, change the token, remove (with its local data
 * and keychain entry), sign out, and each account's count of unsent edits. The keychain, the accounts file and
 * the accounts' folders are used off the FX thread.
 */
public final class AccountSwitcherModel {
    private static final System.Logger LOG = System.getLogger(AccountSwitcherModel.class.getName());

    private final AccountStore accounts;
    private final CredentialStore credentials;
    private final AccountFolders folders;
    private final BackgroundTasks tasks;
    private final AccountSwitcherListener listener;
    private final ObservableList<Account> list = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Account> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableMap<String, Integer> unsent = FXCollections.observableHashMap();

    /** @param tasks uses the keychain and the accounts file in the background; outcomes on the JavaFX thread */
    public AccountSwitcherModel(AccountStore accounts, CredentialStore credentials, AccountFolders folders,
                                BackgroundTasks tasks, AccountSwitcherListener listener) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.folders = folders;
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

    /** Unsent edits per account id, for the accounts that have any (as last counted by {@link #refreshUnsent}). */
    public ObservableMap<String, Integer> unsentEdits() {
        return FXCollections.unmodifiableObservableMap(unsent);
    }

    /** Counts every account's unsent edits again (e.g. as the menu opens). */
    public void refreshUnsent() {
        List<Account> all = List.copyOf(list);
        tasks.call(() -> {
            Map<String, Integer> counted = new HashMap<>();
            for (Account account : all) {
                OptionalInt count = folders.unsentEdits(account);
                if (count.isPresent() && count.getAsInt() > 0) counted.put(account.id(), count.getAsInt());
            }
            return counted;
        }).onSuccess(counted -> {
            unsent.keySet().retainAll(counted.keySet());
            unsent.putAll(counted);
        }).onFailure(e -> LOG.log(Level.WARNING, "Could not count the accounts' unsent edits", e)).start();
    }

    /** Counts one account's unsent edits now (before asking whether to remove it); empty when it cannot be read. */
    public void countUnsent(Account account, Consumer<OptionalInt> then) {
        tasks.call(() -> folders.unsentEdits(account)).onSuccess(then).onFailure(e -> {
            LOG.log(Level.WARNING, "Could not count the unsent edits of account " + account.id(), e);
            then.accept(OptionalInt.empty());
        }).start();
    }

    /** Gives the account another name; its folder, outbox and keychain entry stay (they go by its id). */
    public void rename(Account account, String newName) {
        if (busy.get()) return;
        busy.set(true);
        tasks.call(() -> accounts.rename(account.id(), newName)).onSuccess(renamed -> {
            busy.set(false);
            list.setAll(accounts.accounts());
            if (account.equals(current.get())) current.set(renamed);
        }).onFailure(e -> {
            busy.set(false);
            LOG.log(Level.WARNING, "Could not rename account " + account.id() + ": " + e.getMessage());
            listener.onProblem(Texts.get("accounts.rename.failed", account.displayName(), e.getMessage()));
        }).start();
    }

    /** "Change token…": signs in again to the account with a new token. */
    public void changeToken(Account account) {
        listener.onChangeToken(account);
    }

    /**
     * Removes the account with its local data (outbox, cache) and its keychain entry. The account in use is first
     * left for the demo, so its files are closed. Steps that fail leave the account listed, so removing it
     * again finishes the job; nothing is deleted while another window or command has it open.
     */
    public void remove(Account account) {
        if (busy.get()) return;
        busy.set(true);
        boolean inUse = account.equals(current.get());
        CompletableFuture<Void> closed = inUse ? listener.onLeaving(account) : CompletableFuture.completedFuture(null);
        closed.whenComplete((done, failure) -> tasks.call(() -> removeNow(account)).onSuccess(problem -> {
            busy.set(false);
            list.setAll(accounts.accounts());
            unsent.remove(account.id());
            if (inUse) current.set(null); // the demo is open in its place
            problem.ifPresent(listener::onProblem);
        }).onFailure(e -> {
            busy.set(false);
            LOG.log(Level.WARNING, "Could not remove account " + account.id(), e);
            listener.onProblem(Texts.get("accounts.remove.failed", account.displayName(), e.getMessage()));
        }).start());
    }

    /** Folder first (refused while in use), then the token, then the list entry: what fails can be retried. */
    private Optional<String> removeNow(Account account) throws IOException {
        try {
            folders.delete(account);
        } catch (AccountInUseException e) {
            return Optional.of(Texts.get("accounts.remove.inUse", account.displayName()));
        }
        try {
            credentials.forget(account);
        } catch (CredentialException e) {
            LOG.log(Level.WARNING, "Removing account " + account.id() + ": the keychain kept its token");
            return Optional.of(Texts.get("accounts.remove.tokenKept", account.displayName(), e.getMessage()));
        }
        accounts.remove(account.id());
        return Optional.empty();
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
