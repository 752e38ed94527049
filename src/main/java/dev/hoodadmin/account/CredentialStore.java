package dev.hoodadmin.account;

import dev.hoodadmin.api.ApiToken;

import java.util.Optional;

/**
 * Where tokens are kept: in memory for this session, and, when the person ticks "Remember", in the
 * OS keychain under service {@link #SERVICE} and the account id. Never in a file.
 * Keychain calls may block (an unlock prompt), so call these off the JavaFX thread.
 */
public interface CredentialStore extends AutoCloseable {
    String SERVICE = "Hood Admin";

    /** Why "Remember" cannot work here (no keychain reachable), or empty when it can. */
    Optional<String> rememberUnavailableReason();

    default boolean canRemember() {
        return rememberUnavailableReason().isEmpty();
    }

    /** The token for this account, from this session or the keychain; empty when none is kept or it cannot be read. */
    Optional<ApiToken> load(Account account);

    /** Keeps the token in memory only; a token remembered earlier in the keychain is left as it is. */
    void keepForSession(Account account, ApiToken token);

    /** Keeps the token in memory and in the keychain, so the next start signs in by itself. */
    void remember(Account account, ApiToken token) throws CredentialException;

    /** Sign-out: drops the token from memory and from the keychain. */
    void forget(Account account) throws CredentialException;

    @Override
    default void close() {
    }
}
