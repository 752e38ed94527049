package dev.hoodadmin.account;

import dev.hoodadmin.logging.SecretRedactor;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Signs in: checks the token with the server, then adds (or reuses) the account, makes it active and
 * keeps the token. Blocks on network, disk and keychain: call off the JavaFX thread.
 */
public final class SignInService {
    private static final System.Logger LOG = System.getLogger(SignInService.class.getName());

    private final TokenVerifier verifier;
    private final AccountStore accounts;
    private final CredentialStore credentials;
    private final SecretRedactor redactor;

    public SignInService(TokenVerifier verifier, AccountStore accounts, CredentialStore credentials, SecretRedactor redactor) {
        this.verifier = verifier;
        this.accounts = accounts;
        this.credentials = credentials;
        this.redactor = redactor;
    }

    /** Why "Remember" is unavailable (no keychain), or empty. */
    public Optional<String> rememberUnavailableReason() {
        return credentials.rememberUnavailableReason();
    }

    public SignInResult signIn(SignInRequest request) throws InterruptedException {
        // registered before the request: even a refused token must never reach a log
        redactor.register(request.token());
        TokenCheck check = verifier.verify(request.endpoint(), request.token());
        if (!check.accepted()) return new SignInResult.CheckFailed(check);
        Account account;
        try {
            account = accountFor(request);
            accounts.switchTo(account.id());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save the account list", e);
            return new SignInResult.NotSaved("The token is valid, but the account list could not be saved: " + e.getMessage());
        }
        try {
            keepToken(account, request);
        } catch (CredentialException e) {
            LOG.log(Level.WARNING, "Could not remember the token", e);
            return new SignInResult.NotSaved("The token is valid, but " + e.getMessage()
                    + " Untick \"Remember\" to sign in for this session only.");
        }
        return new SignInResult.SignedIn(account, request.token());
    }

    /** The account signed in before to the same API URL is reused (renamed if asked), so its outbox is kept. */
    private Account accountFor(SignInRequest request) throws IOException {
        Optional<Account> existing = request.existingAccountId().flatMap(accounts::find)
                .filter(a -> a.endpointUrl().equals(request.endpoint().toString()));
        if (existing.isEmpty()) return accounts.add(request.nameOrHost(), request.endpoint());
        Account account = existing.get();
        boolean renamed = request.accountName() != null && !request.accountName().isBlank()
                && !request.accountName().strip().equals(account.displayName());
        return renamed ? accounts.rename(account.id(), request.accountName()) : account;
    }

    private void keepToken(Account account, SignInRequest request) throws CredentialException {
        if (request.remember() && credentials.canRemember()) {
            credentials.remember(account, request.token());
        } else {
            // not remembering now also means not keeping an older remembered token
            credentials.forget(account);
            credentials.keepForSession(account, request.token());
        }
    }
}
