package dev.hoodadmin.ui.quit;

import java.util.function.Consumer;

/** What quitting needs to know about the outbox. */
public interface UnsentEdits {
    /** Edits typed but not yet applied (pending or in flight); read on the JavaFX thread, so from memory. */
    int count();

    /**
     * Waits in the background until nothing is left to send, then calls {@code done} on the JavaFX thread
     * with true, or with false when sending stopped short (e.g. the server refused the token).
     */
    void whenSent(Consumer<Boolean> done);
}
