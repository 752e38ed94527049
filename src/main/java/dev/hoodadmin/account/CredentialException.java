package dev.hoodadmin.account;

/** The keychain refused to store or delete a token. The message names the account, never the token. */
public final class CredentialException extends Exception {
    public CredentialException(String message, Throwable cause) {
        super(message, cause);
    }
}
