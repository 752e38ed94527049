package dev.hoodadmin.account;

import dev.hoodadmin.account.Keychain.KeychainException;
import dev.hoodadmin.api.ApiToken;

import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Tokens in the OS keychain (entry: service "Hood Admin", account id), with a copy in memory for the
 * session so a locked keychain is asked at most once per account.
 */
public final class KeyringCredentialStore implements CredentialStore {
    private static final System.Logger LOG = System.getLogger(KeyringCredentialStore.class.getName());

    private final Keychain keychain;
    private final SessionOnlyCredentialStore session = new SessionOnlyCredentialStore(null);

    public KeyringCredentialStore(Keychain keychain) {
        this.keychain = keychain;
    }

    @Override
    public Optional<String> rememberUnavailableReason() {
        return Optional.empty();
    }

    @Override
    public Optional<ApiToken> load(Account account) {
        Optional<ApiToken> inSession = session.load(account);
        if (inSession.isPresent()) return inSession;
        try {
            String stored = keychain.read(SERVICE, account.id());
            if (stored == null) return Optional.empty();
            ApiToken token = ApiToken.of(stored);
            session.keepForSession(account, token);
            return Optional.of(token);
        } catch (KeychainException e) {
            // also what an absent entry looks like: the person simply signs in again
            LOG.log(Level.INFO, "No token from the keychain for account {0}: {1}", account.id(), e.getMessage());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "The keychain entry for account {0} is not a usable token", account.id());
            return Optional.empty();
        }
    }

    @Override
    public void keepForSession(Account account, ApiToken token) {
        session.keepForSession(account, token);
    }

    @Override
    public void remember(Account account, ApiToken token) throws CredentialException {
        try {
            keychain.write(SERVICE, account.id(), token.revealForRedaction());
        } catch (KeychainException e) {
            throw new CredentialException("The system keychain did not store the token for \"" + account.displayName()
                    + "\": " + e.getMessage(), e);
        }
        session.keepForSession(account, token);
    }

    @Override
    public void forget(Account account) throws CredentialException {
        session.forget(account);
        try {
            keychain.delete(SERVICE, account.id());
        } catch (KeychainException deleteFailure) {
            if (stillStored(account)) {
                throw new CredentialException("The system keychain did not remove the token for \"" + account.displayName()
                        + "\": " + deleteFailure.getMessage(), deleteFailure);
            }
            // nothing was stored: the delete failed only because the entry is absent
        }
    }

    private boolean stillStored(Account account) {
        try {
            keychain.read(SERVICE, account.id());
            return true;
        } catch (KeychainException absentOrUnreadable) {
            return false;
        }
    }

    @Override
    public void close() {
        keychain.close();
    }
}
