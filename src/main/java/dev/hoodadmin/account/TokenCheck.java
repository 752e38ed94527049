package dev.hoodadmin.account;

/** The outcome of {@link TokenVerifier#verify}: what to tell the person, and next to which field. */
public sealed interface TokenCheck {
    /** The server accepted the token. */
    record Accepted() implements TokenCheck { }

    /** 401/403: the token is wrong or lacks rights. Shown under the token field. */
    record Refused(String message) implements TokenCheck { }

    /** No answer from the host. Shown under the URL field. */
    record Unreachable(String message) implements TokenCheck { }

    /** Any other error, with the server's summary (and trace id). Shown under the form. */
    record Failed(String message) implements TokenCheck { }

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
