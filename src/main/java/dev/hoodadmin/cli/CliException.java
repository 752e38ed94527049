package dev.hoodadmin.cli;

import dev.hoodadmin.api.HoodApiException;

/** Ends a command with a readable message (never a stack trace) and the given exit code. */
final class CliException extends Exception {
    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    /** A failed request: exit 3 when the server refused the token, else 1; the message is the server's. */
    static CliException request(String whatFailed, HoodApiException e) {
        if (e.kind().isAuthentication()) {
            return new CliException(ExitCodes.AUTHENTICATION, "the server refused the token (" + e.error().summary()
                    + "). Set HOOD_API_TOKEN to a valid token.");
        }
        return new CliException(ExitCodes.SOME_FAILED, whatFailed + ": " + e.error().summary());
    }

    int exitCode() {
        return exitCode;
    }
}
