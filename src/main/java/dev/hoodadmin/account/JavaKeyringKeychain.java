package dev.hoodadmin.account;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

/** {@link Keychain} on java-keyring: Secret Service (Linux), Keychain (macOS), Credential Manager (Windows). */
public final class JavaKeyringKeychain implements Keychain {
    private final Keyring keyring;

    private JavaKeyringKeychain(Keyring keyring) {
        this.keyring = keyring;
    }

    public static Keychain open() throws KeychainException {
        try {
            return new JavaKeyringKeychain(Keyring.create());
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            // LinkageError: the native library (JNA) could not load on this system
            throw new KeychainException("No keychain backend: " + e.getMessage(), e);
        }
    }

    @Override
    public String read(String service, String account) throws KeychainException {
        try {
            return keyring.getPassword(service, account);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new KeychainException(e.getMessage(), e);
        }
    }

    @Override
    public void write(String service, String account, String secret) throws KeychainException {
        try {
            keyring.setPassword(service, account, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new KeychainException(e.getMessage(), e);
        }
    }

    @Override
    public void delete(String service, String account) throws KeychainException {
        try {
            keyring.deletePassword(service, account);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new KeychainException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            keyring.close();
        } catch (Exception e) {
            System.getLogger(JavaKeyringKeychain.class.getName()).log(System.Logger.Level.DEBUG, "Closing the keychain failed", e);
        }
    }
}
