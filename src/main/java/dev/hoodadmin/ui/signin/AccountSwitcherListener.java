package dev.hoodadmin.ui.signin;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.api.ApiToken;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What the account switcher asks of the app; called on the JavaFX thread. */
public interface AccountSwitcherListener {
    /**
     * The person picked another account, now the active one. With a token, reconnect (its own outbox
     * folder: {@code AccountStore.accountDirectory(account)}); without one, show the sign-in screen
     * pre-filled via {@link SignInViewModel#prefill(Account)}.
     */
    void onSwitched(Account account, Optional<ApiToken> token);

    /** "Add account…": show an empty sign-in screen. */
    void onAddAccount();

    /** The token is forgotten (memory and keychain); show the sign-in screen. */
    void onSignedOut(Account account);

    /** "Change token…": show the sign-in screen pre-filled with the account (its token is checked as on sign-in). */
    void onChangeToken(Account account);

    /**
     * The account in use is about to be removed: open another (the demo) in its place. The future completes once
     * the account's files are closed, so its folder can be deleted.
     */
    CompletableFuture<Void> onLeaving(Account account);

    /** Something to tell the person, e.g. the keychain refused to delete the token. */
    void onProblem(String message);
}
