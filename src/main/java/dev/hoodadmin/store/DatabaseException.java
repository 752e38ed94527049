package dev.hoodadmin.store;

/** The local data file could not be opened, read or written. The message says which file and what to do. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
