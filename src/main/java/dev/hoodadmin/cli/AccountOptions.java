package dev.hoodadmin.cli;

import dev.hoodadmin.engine.AccountWorkspace;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --account}, {@code --api-url} and {@code --state-dir}: which account a command works on (a picocli mixin). */
final class AccountOptions {
    @Option(names = "--account", paramLabel = "NAME",
            description = "The account the window knows by this name (default: the one whose API URL matches, "
                    + "else a folder of its own for that URL).")
    String name;

    @Mixin
    ApiUrlOption apiUrl = new ApiUrlOption();

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where accounts, pending edits and kept properties live (default: $HOOD_ADMIN_HOME, else "
                    + "the app-data folder the window uses).")
    Path stateDir;

    /** Opens the chosen account; see {@link CommandAccount}. */
    AccountWorkspace open(CliEnvironment environment) throws CliException {
        return CommandAccount.open(environment, apiUrl.value(), name, stateDir);
    }
}
