package dev.hoodadmin.outbox;

/** An edit or a command on an edit that the outbox will not take; {@link #getMessage()} is for the person. */
public final class EditRefusedException extends Exception {

    public enum Reason {
        /** System properties are defined by Hood and can never be changed. */
        SYSTEM_PROPERTY,
        /** No field was given: an edit needs at least one. */
        NO_FIELDS,
        /** A value the API cannot take (a flag other than 0/1, a missing value). */
        INVALID_VALUE,
        /** The property has no id, so it cannot be addressed. */
        NO_PROPERTY_ID,
        /** No edit with that id (discarded meanwhile?). */
        NO_SUCH_EDIT,
        /** The server refused these values; they must be corrected, not resent unchanged. */
        NEEDS_CORRECTION,
        /** The edit's state does not allow this (in flight, or already applied). */
        WRONG_STATE
    }

    private final Reason reason;

    public EditRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
