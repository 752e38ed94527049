package dev.hoodadmin.outbox;

/** Where an edit is on its way to the server. */
public enum EditState {
    /** Waiting to be sent (possibly until {@link Edit#nextAttemptAt()} after a fault). */
    PENDING,
    /** Its PATCH is in flight. Found at start-up, it means the app stopped mid-request: it is sent again. */
    SENDING,
    /** The server accepted it (204). */
    APPLIED,
    /** The server refused the values (400). Never resent unchanged: correct it with {@code replaceValues}. */
    REJECTED,
    /** Given up (property gone, or faults exhausted the retries). Kept until retried or discarded. */
    FAILED,
    /**
     * Not sent: a field it changes was changed on the server since the person saw it (another admin, a script).
     * Waits for the person: keep mine (send anyway) or take theirs (drop it).
     */
    CONFLICT;

    /** Still on its way: waiting or in flight. */
    public boolean isActive() {
        return this == PENDING || this == SENDING;
    }

    /** Stopped with a problem the person has to look at. */
    public boolean needsAttention() {
        return this == REJECTED || this == FAILED || this == CONFLICT;
    }
}
