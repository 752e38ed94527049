package dev.hoodadmin.account;

import java.io.IOException;
import java.nio.file.Path;

/** The accounts file exists but cannot be understood. It is left untouched so nothing is lost. */
public final class AccountsFileException extends IOException {
    public AccountsFileException(Path file, String reason, Throwable cause) {
        super("The accounts file " + file + " cannot be read (" + reason + "). It was left as it is; "
                + "repair it or move it away to start with no accounts.", cause);
    }
}
