package dev.hoodadmin.outbox;

import java.time.Instant;

/** What one turn of the sender did, so the worker knows whether to wait, pause or go on. */
sealed interface SendStep {

    /** Nothing may be sent now; {@code nextDueAt} is when something may (null: nothing is waiting). */
    record Idle(Instant nextDueAt) implements SendStep { }

    /** One edit was sent and its outcome recorded. */
    record Sent(Edit edit) implements SendStep { }

    /** One creation was sent (or its label found) and its outcome recorded. */
    record CreationSent(Creation creation) implements SendStep { }

    /** The token was refused; the edit is back in line and the queue must pause. */
    record CredentialsNeeded(EditError error) implements SendStep { }

    /** 429: the edit is first in line again; nothing goes before {@code holdUntil} (null: no time to wait). */
    record RateLimited(Instant holdUntil) implements SendStep { }
}
