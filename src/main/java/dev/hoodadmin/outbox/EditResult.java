package dev.hoodadmin.outbox;

/** What an enqueue or a correction did to the outbox. */
public sealed interface EditResult {

    /** A new edit entered the queue. */
    record Queued(Edit edit) implements EditResult { }

    /** An edit already waiting for this property now carries the changes (merged or corrected). */
    record Updated(Edit edit) implements EditResult { }

    /** Every field was set back to its baseline, so nothing is left to send: the edit was removed. */
    record Withdrawn(Edit removed) implements EditResult { }

    /** Nothing differs from what the server has or what is already queued: nothing was queued. */
    record NoChange() implements EditResult { }
}
