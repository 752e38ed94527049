package dev.hoodadmin.account;

/**
 * The OS keychain as this app uses it: one secret per service and account name. Absent entries and
 * failures both throw, because the underlying libraries do not tell them apart.
 */
public interface Keychain extends AutoCloseable {
    String read(String service, String account) throws KeychainException;

    void write(String service, String account, String secret) throws KeychainException;

    void delete(String service, String account) throws KeychainException;

    @Override
    default void close() {
    }

    /** Opens the keychain of this machine; throws when none is reachable. */
    interface Opener {
        Keychain open() throws KeychainException;
    }

    final class KeychainException extends Exception {
        public KeychainException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
