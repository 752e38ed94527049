package dev.hoodadmin.ui.quit;

import java.util.function.Consumer;

/** What quitting needs to know about the outbox; the counts are read on the JavaFX thread, so from memory. */
public interface UnsentChanges {
    /** Edits typed but not yet applied (pending or in flight). */
    int edits();

    /** New properties queued but not yet created (waiting or in flight). */
    int newProperties();

    /**
     * Waits in the background until nothing is left to send, then calls {@code done} on the JavaFX thread
     * with true, or with false when sending stopped short (e.g. the server refused the token).
     */
    void whenSent(Consumer<Boolean> done);
}
