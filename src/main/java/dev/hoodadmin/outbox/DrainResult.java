package dev.hoodadmin.outbox;

/** Why {@link OutboxWorker#awaitDrained()} returned. */
public enum DrainResult {
    /** No edit is pending or in flight: each one is applied, rejected or failed. */
    DRAINED,
    /** The server refused the token; pending edits are kept until credentials are supplied and the queue resumes. */
    PAUSED_FOR_CREDENTIALS,
    /** The worker is not running (never started, or stopped). */
    STOPPED
}
