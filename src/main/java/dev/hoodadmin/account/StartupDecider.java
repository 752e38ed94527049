package dev.hoodadmin.account;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.logging.SecretRedactor;

import java.io.IOException;
import java.util.Optional;

/**
 * Decides the first screen: a token in the environment goes live; else the remembered account with
 * its keychain token goes live; else the sign-in screen. May touch the keychain and the accounts
 * file: call off the JavaFX thread.
 */
public final class StartupDecider {
    private final AccountStore accounts;
    private final CredentialStore credentials;
    private final SecretRedactor redactor;

    public StartupDecider(AccountStore accounts, CredentialStore credentials, SecretRedactor redactor) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.redactor = redactor;
    }

    /**
     * @param environmentToken    {@code HOOD_API_TOKEN}, if set
     * @param environmentEndpoint the endpoint from {@code --api-url}/{@code HOOD_API_URL}/default, used with that token
     */
    public StartupRoute decide(Optional<ApiToken> environmentToken, Endpoint environmentEndpoint) throws IOException {
        if (environmentToken.isPresent()) {
            ApiToken token = environmentToken.get();
            redactor.register(token);
            // reuse the account for this URL so its outbox is picked up; the token itself is never stored,
            // and the remembered active account stays as it was for starts without the variable
            Optional<Account> known = accounts.findByEndpoint(environmentEndpoint);
            Account account = known.isPresent() ? known.get()
                    : accounts.add(environmentEndpoint.baseUri().getHost(), environmentEndpoint);
            credentials.keepForSession(account, token);
            return new StartupRoute.Live(account, token, true);
        }
        Optional<Account> last = accounts.active();
        if (last.isPresent()) {
            Optional<ApiToken> remembered = credentials.load(last.get());
            if (remembered.isPresent()) {
                redactor.register(remembered.get());
                return new StartupRoute.Live(last.get(), remembered.get(), false);
            }
        }
        return new StartupRoute.SignIn(last);
    }
}
