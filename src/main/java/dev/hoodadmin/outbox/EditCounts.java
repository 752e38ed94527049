package dev.hoodadmin.outbox;

import java.util.Map;

/** How many edits are in each state, for the status bar, the queue panel's badge and the CLI summary. */
public record EditCounts(int pending, int sending, int applied, int rejected, int failed, int conflicts) {

    static EditCounts from(Map<EditState, Integer> byState) {
        return new EditCounts(byState.getOrDefault(EditState.PENDING, 0), byState.getOrDefault(EditState.SENDING, 0),
                byState.getOrDefault(EditState.APPLIED, 0), byState.getOrDefault(EditState.REJECTED, 0),
                byState.getOrDefault(EditState.FAILED, 0), byState.getOrDefault(EditState.CONFLICT, 0));
    }

    /** Edits still on their way (pending or in flight). */
    public int active() {
        return pending + sending;
    }

    /** Edits stopped with a problem the person has to look at. */
    public int needingAttention() {
        return rejected + failed + conflicts;
    }

    public int inState(EditState state) {
        return switch (state) {
            case PENDING -> pending;
            case SENDING -> sending;
            case APPLIED -> applied;
            case REJECTED -> rejected;
            case FAILED -> failed;
            case CONFLICT -> conflicts;
        };
    }
}
