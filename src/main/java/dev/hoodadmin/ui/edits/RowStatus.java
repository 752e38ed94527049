package dev.hoodadmin.ui.edits;

/** What a row's status cell shows about its edits, most urgent first. */
public enum RowStatus {
    /** The outbox refused the edit (e.g. a system property); nothing was queued. */
    REFUSED,
    /** The server refused the values (400); they need correcting. */
    REJECTED,
    /** A field was changed on the server since it was loaded; not sent until the person keeps theirs or mine. */
    CONFLICT,
    /** Sending gave up (property gone, or retries spent); kept until retried or discarded. */
    FAILED,
    /** The PATCH is in flight. */
    SENDING,
    /** Changed here, waiting to be sent. */
    PENDING,
    /** Nothing unsent. */
    NONE
}
