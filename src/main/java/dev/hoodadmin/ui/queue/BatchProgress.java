package dev.hoodadmin.ui.queue;

import dev.hoodadmin.outbox.Edit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts the current batch: every edit that was waiting or in flight since the queue was last empty.
 * An edit counts as sent once it left the queue's active states (applied, rejected, failed); a discarded
 * one leaves the batch. When the queue is empty the batch stays on show until a new edit starts the next.
 */
final class BatchProgress {
    private final Set<Long> batch = new HashSet<>();
    private boolean finished = true;
    private int sent;
    private int active;

    /** Looks at every edit the outbox holds now. */
    void update(Collection<Edit> edits) {
        Set<Long> present = new HashSet<>();
        int activeNow = 0;
        for (Edit edit : edits) {
            present.add(edit.id());
            if (edit.state().isActive()) activeNow++;
        }
        if (finished && activeNow > 0) {
            batch.clear();
            finished = false;
        }
        batch.retainAll(present);
        int sentNow = 0;
        for (Edit edit : edits) {
            if (edit.state().isActive()) batch.add(edit.id());
            else if (batch.contains(edit.id())) sentNow++;
        }
        sent = sentNow;
        active = activeNow;
        if (activeNow == 0) finished = true;
    }

    int total() {
        return batch.size();
    }

    int sent() {
        return sent;
    }

    /** Edits still waiting or in flight. */
    int remaining() {
        return active;
    }
}
