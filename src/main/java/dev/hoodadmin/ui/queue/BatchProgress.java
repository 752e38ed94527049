package dev.hoodadmin.ui.queue;

import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditState;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts the current batch: every edit that was waiting or in flight since the queue was last empty.
 * An edit counts as sent only once the server applied it; one that stopped short (rejected, failed, in
 * conflict) counts as not sent, so the batch is never shown as done while something in it did not arrive.
 * A discarded edit leaves the batch. When the queue is empty the batch stays on show until a new edit starts the next.
 */
final class BatchProgress {
    private final Set<Long> batch = new HashSet<>();
    private boolean finished = true;
    private int sent;
    private int notSent;
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
        int notSentNow = 0;
        for (Edit edit : edits) {
            if (edit.state().isActive()) batch.add(edit.id());
            else if (!batch.contains(edit.id())) continue;
            else if (edit.state() == EditState.APPLIED) sentNow++;
            else notSentNow++;
        }
        sent = sentNow;
        notSent = notSentNow;
        active = activeNow;
        if (activeNow == 0) finished = true;
    }

    int total() {
        return batch.size();
    }

    /** Edits of the batch the server applied. */
    int sent() {
        return sent;
    }

    /** Edits of the batch that stopped without being applied: rejected, failed or in conflict. */
    int notSent() {
        return notSent;
    }

    /** Edits still waiting or in flight. */
    int remaining() {
        return active;
    }
}
