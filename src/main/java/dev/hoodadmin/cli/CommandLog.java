package dev.hoodadmin.cli;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.logging.AppLogging;
import dev.hoodadmin.logging.ConsoleLog;
import dev.hoodadmin.logging.SecretRedactor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * While a command runs, java.util.logging records go only to the redacted log files in
 * {@code <state-dir>/logs}, never to the terminal: the command's own lines on stderr are its whole output.
 * Closing puts the console back (commands run in-process in tests, one after another).
 */
final class CommandLog implements AutoCloseable {
    private final ConsoleLog console;
    private final AppLogging file;

    private CommandLog(Path stateRoot, Optional<ApiToken> token) {
        console = ConsoleLog.detach();
        file = installFile(stateRoot, token);
    }

    /** @param stateDirOption {@code --state-dir} as given, or null */
    static CommandLog toFile(CliEnvironment environment, Path stateDirOption) {
        Optional<ApiToken> token;
        try {
            token = environment.connectionSettings().token();
        } catch (IllegalArgumentException e) {
            token = Optional.empty(); // the command says what is wrong with it
        }
        return new CommandLog(environment.stateRoot(stateDirOption), token);
    }

    private static AppLogging installFile(Path stateRoot, Optional<ApiToken> token) {
        try {
            SecretRedactor redactor = new SecretRedactor();
            token.ifPresent(redactor::register);
            return AppLogging.install(stateRoot, redactor);
        } catch (IOException | RuntimeException e) {
            return null; // no log file (say, a read-only folder): the records are dropped, the terminal stays clean
        }
    }

    @Override
    public void close() {
        if (file != null) file.close();
        console.close();
    }
}
