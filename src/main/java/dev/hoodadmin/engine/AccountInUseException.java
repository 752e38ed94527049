package dev.hoodadmin.engine;

import java.nio.file.Path;

/** Another Hood Admin process (a window or a command) holds the account's data file. */
public final class AccountInUseException extends Exception {
    private final Path folder;

    public AccountInUseException(Path folder) {
        super("Another Hood Admin window or command is working on this account right now (" + folder
                + "). Close it or wait for it to finish, then try again.");
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
