package dev.hoodadmin.account;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.logging.AppLogging;
import dev.hoodadmin.logging.SecretRedactor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One start of the app's account services in its own JVM, for {@link SecretServiceKeychainTest}: java-keyring
 * finds the Secret Service through {@code DBUS_SESSION_BUS_ADDRESS} in this process's environment, as in a
 * desktop session, and a new JVM is a real restart (no session copy of the token survives).
 * Opens the services as {@code AppServices.open} does (data folder, redacting log, keychain, accounts).
 * <p>
 * Arguments: {@code sign-in|restart|sign-out <data folder> <API URL>}; the token comes on standard input
 * (never in argv). Prints one line without the token; exits 0 when the phase went as expected.
 */
public final class SecretServiceProbe {
    private SecretServiceProbe() {
    }

    public static void main(String[] args) throws Exception {
        String phase = args[0];
        Path data = AppDataDirectory.ensureExists(Path.of(args[1]));
        Endpoint endpoint = Endpoint.parse(args[2]);
        ApiToken token = ApiToken.of(new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip());
        SecretRedactor redactor = new SecretRedactor();
        redactor.register(token);
        int exit;
        try (AppLogging logging = AppLogging.install(data, redactor);
             CredentialStore credentials = CredentialStoreFactory.forThisMachine().open()) {
            AccountStore accounts = AccountStore.open(data);
            if (!credentials.canRemember()) {
                System.out.println("no-keychain: " + credentials.rememberUnavailableReason().orElse(""));
                exit = 3;
            } else {
                exit = switch (phase) {
                    case "sign-in" -> signIn(accounts, credentials, redactor, endpoint, token);
                    case "restart" -> restart(accounts, credentials, redactor, endpoint, token);
                    case "sign-out" -> signOut(accounts, credentials);
                    default -> throw new IllegalArgumentException("unknown phase " + phase);
                };
            }
        }
        System.out.flush();
        // java-keyring's D-Bus threads are not all daemons: leave explicitly, with the phase's verdict
        System.exit(exit);
    }

    private static int signIn(AccountStore accounts, CredentialStore credentials, SecretRedactor redactor,
                              Endpoint endpoint, ApiToken token) throws InterruptedException {
        SignInResult result = new SignInService(TokenVerifier.overHttp(), accounts, credentials, redactor)
                .signIn(new SignInRequest(endpoint, token, "Keyring check", true, Optional.empty()));
        if (result instanceof SignInResult.SignedIn signedIn) {
            System.out.println("signed-in " + signedIn.account().id());
            return 0;
        }
        System.out.println("not signed in: " + redactor.redact(String.valueOf(result)));
        return 1;
    }

    private static int restart(AccountStore accounts, CredentialStore credentials, SecretRedactor redactor,
                               Endpoint endpoint, ApiToken expected) throws Exception {
        // no token in the environment: only the remembered one can make this start go live
        StartupRoute route = new StartupDecider(accounts, credentials, redactor).decide(Optional.empty(), endpoint);
        if (route instanceof StartupRoute.Live live) {
            boolean same = live.token().revealForRedaction().equals(expected.revealForRedaction());
            System.out.println("live " + live.account().id() + (same ? " token-matches" : " token-differs"));
            return same && !live.tokenFromEnvironment() ? 0 : 1;
        }
        System.out.println("sign-in screen " + ((StartupRoute.SignIn) route).lastAccount().map(Account::id).orElse("-"));
        return 1;
    }

    private static int signOut(AccountStore accounts, CredentialStore credentials) throws CredentialException {
        Account account = accounts.active().orElseThrow();
        credentials.forget(account);
        System.out.println("signed-out " + account.id());
        return 0;
    }
}
