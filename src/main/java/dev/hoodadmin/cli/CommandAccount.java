package dev.hoodadmin.cli;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.account.ConnectionSettings;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.engine.AccountInUseException;
import dev.hoodadmin.engine.AccountWorkspace;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which account a command works on, opened through the same {@link AccountWorkspace} as the window: the
 * account named by {@code --account}, else the one the window knows for the API URL, else a folder of its
 * own for that URL ({@code <state-dir>/cli/<host>[_<port>]/}, for scripts). The token comes only from
 * HOOD_API_TOKEN and is never printed.
 */
final class CommandAccount {
    private CommandAccount() {
    }

    /** @throws CliException (exit 2) for a bad URL, a missing token, an unknown account or one in use */
    static AccountWorkspace open(CliEnvironment environment, String apiUrlOption, String accountOption,
                                 Path stateDirOption) throws CliException {
        ConnectionSettings settings = environment.connectionSettings();
        Path root = environment.stateRoot(stateDirOption);
        AccountStore accounts = accounts(root);
        Optional<Account> named = accountOption == null ? Optional.empty() : Optional.of(named(accounts, accountOption));
        Endpoint endpoint = endpoint(settings, apiUrlOption, named);
        Optional<Account> account = named.or(() -> accounts.findByEndpoint(endpoint));
        ApiToken token = token(settings);
        try {
            Path folder = account.isPresent() ? accounts.accountDirectory(account.get())
                    : root.resolve("cli").resolve(folderName(endpoint));
            return AccountWorkspace.open(folder, endpoint, token, environment.workspaceOptions());
        } catch (AccountInUseException e) {
            throw CliException.usage(account.map(a -> "the account '" + a.displayName() + "'").orElse("the state folder "
                    + e.folder()) + " is in use by the Hood Admin window or another command; close it or wait for it "
                    + "to finish, then run this again (nothing was sent)");
        } catch (IOException e) {
            throw CliException.usage("cannot use the state folder " + root + ": " + e.getMessage());
        }
    }

    private static AccountStore accounts(Path root) throws CliException {
        try {
            return AccountStore.open(root);
        } catch (IOException e) {
            throw CliException.usage("cannot read the accounts in " + root + ": " + e.getMessage());
        }
    }

    /** By display name (ignoring case) or id. */
    private static Account named(AccountStore accounts, String name) throws CliException {
        return accounts.accounts().stream()
                .filter(a -> a.displayName().equalsIgnoreCase(name) || a.id().equals(name)).findFirst()
                .orElseThrow(() -> CliException.usage("no account named '" + name + "'" + (accounts.accounts().isEmpty()
                        ? "; add accounts in the Hood Admin window" : "; known: " + accounts.accounts().stream()
                        .map(Account::displayName).collect(Collectors.joining(", ")))));
    }

    private static Endpoint endpoint(ConnectionSettings settings, String apiUrlOption, Optional<Account> named)
            throws CliException {
        try {
            if (named.isEmpty()) return settings.endpoint(apiUrlOption);
            Endpoint own = named.get().endpoint();
            if (apiUrlOption != null && !apiUrlOption.isBlank() && !Endpoint.parse(apiUrlOption).sameServerAs(own)) {
                throw CliException.usage("--api-url " + apiUrlOption + " is not the API URL of the account '"
                        + named.get().displayName() + "' (" + own + "); give one or the other");
            }
            return own;
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    private static ApiToken token(ConnectionSettings settings) throws CliException {
        try {
            return settings.token().orElseThrow(() -> CliException.usage(ConnectionSettings.TOKEN_VARIABLE
                    + " is not set. Put your Hood API token in that environment variable (never on the command line)."));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(ConnectionSettings.TOKEN_VARIABLE + ": " + e.getMessage());
        }
    }

    /** e.g. {@code api.ocamba.com} or {@code 127.0.0.1_8080}: one folder per server, however its URL is spelled. */
    static String folderName(Endpoint endpoint) {
        URI server = URI.create(endpoint.serverKey());
        String path = server.getPath() == null ? "" : server.getPath();
        String name = server.getHost() + (server.getPort() >= 0 ? "_" + server.getPort() : "") + (path.isEmpty() ? "" : "_" + path);
        return name.replaceAll("[^a-z0-9._-]", "_");
    }
}
