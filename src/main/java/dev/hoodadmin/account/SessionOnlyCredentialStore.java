package dev.hoodadmin.account;

import dev.hoodadmin.api.ApiToken;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tokens in memory only, gone when the app quits. Used alone when no keychain is reachable. */
public final class SessionOnlyCredentialStore implements CredentialStore {
    private final Map<String, ApiToken> tokens = new ConcurrentHashMap<>();
    private final String rememberUnavailableReason;

    /** @param rememberUnavailableReason shown beside the disabled "Remember" box; null when another store remembers */
    public SessionOnlyCredentialStore(String rememberUnavailableReason) {
        this.rememberUnavailableReason = rememberUnavailableReason;
    }

    @Override
    public Optional<String> rememberUnavailableReason() {
        return Optional.ofNullable(rememberUnavailableReason);
    }

    @Override
    public Optional<ApiToken> load(Account account) {
        return Optional.ofNullable(tokens.get(account.id()));
    }

    @Override
    public void keepForSession(Account account, ApiToken token) {
        tokens.put(account.id(), token);
    }

    /** Cannot outlive the session, so this refuses rather than pretend. */
    @Override
    public void remember(Account account, ApiToken token) throws CredentialException {
        throw new CredentialException(rememberUnavailableReason == null
                ? "This store keeps tokens for the session only." : rememberUnavailableReason, null);
    }

    @Override
    public void forget(Account account) {
        tokens.remove(account.id());
    }
}
