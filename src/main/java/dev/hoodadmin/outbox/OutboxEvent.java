package dev.hoodadmin.outbox;

/**
 * Something the queue panel, editor, status bar or CLI may want to show. Delivered on the thread that made
 * the change (the worker thread for everything about sending), in commit order; a JavaFX listener hands
 * them on with {@code Platform.runLater}.
 */
public sealed interface OutboxEvent {

    /** A new edit entered the queue. */
    record EditEnqueued(Edit edit) implements OutboxEvent { }

    /** An edit changed: merged values, a correction, or a new state ({@code previousState} says which). */
    record EditUpdated(Edit edit, EditState previousState) implements OutboxEvent {
        public boolean stateChanged() {
            return edit.state() != previousState;
        }
    }

    /** An edit left the outbox: discarded, cleared after success, or every change set back to its baseline. */
    record EditRemoved(Edit edit) implements OutboxEvent { }

    /** The server refused the token (401/403). Sending is paused, nothing is lost; supply a token and resume. */
    record QueuePausedForCredentials(EditError error) implements OutboxEvent { }

    /** Sending goes on after a pause. */
    record QueueResumed() implements OutboxEvent { }

    /** Nothing is left to send: every edit is applied, rejected or failed. */
    record QueueDrained() implements OutboxEvent { }

    /**
     * A creation of a custom property entered the queue or changed ({@code previousState} is null for a new
     * one); once {@link CreationState#CREATED} it names the new property with its server id.
     */
    record CreationUpdated(Creation creation, CreationState previousState) implements OutboxEvent {
        public boolean stateChanged() {
            return creation.state() != previousState;
        }
    }
}
