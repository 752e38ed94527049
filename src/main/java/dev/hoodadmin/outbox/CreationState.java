package dev.hoodadmin.outbox;

/** Where a queued creation of a custom property stands. */
public enum CreationState {
    /** Waiting to be sent (or to look for its label first, when an earlier request may have landed). */
    PENDING,
    /** A request is in flight; after a crash its outcome is unknown until the label is looked up. */
    SENDING,
    /** The property exists on the server; its id is known. */
    CREATED,
    /** The server refused the values (400); they must be corrected. */
    REJECTED,
    /** Retries are spent, or the server answered in a way the app cannot act on; kept for the person. */
    FAILED;

    public boolean isActive() {
        return this == PENDING || this == SENDING;
    }

    /** Refused or failed: it waits for the person (corrected, sent again or dropped). */
    public boolean isStopped() {
        return this == REJECTED || this == FAILED;
    }
}
