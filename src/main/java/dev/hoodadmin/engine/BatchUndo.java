package dev.hoodadmin.engine;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.ChangeJournal;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditBatch;
import dev.hoodadmin.outbox.EditRefusedException;
import dev.hoodadmin.outbox.EditResult;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.JournalEntry;
import dev.hoodadmin.outbox.JournalFilter;
import dev.hoodadmin.outbox.Outbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Undoes one batch (one step: a grid edit, a paste, a bulk edit, an import, an undo), for the window and the
 * command line alike. Its edits not sent yet are taken out of the queue. Its applied changes are reversed by
 * queuing the journal's before values as one new batch through the same outbox and rate budget, with the
 * values the batch set as the baseline: the check before sending turns a field somebody changed since into a
 * CONFLICT instead of overwriting it. Undoing an undo re-applies the batch (redo).
 */
public final class BatchUndo {
    /** What undoing a batch involves, for the confirmation: properties, requests (one PATCH per property), unsent edits. */
    public record Plan(long batchId, String source, Map<String, Map<UpdatableField, String[]>> reversals,
                       List<Edit> unsent) {
        public int properties() {
            return reversals.size();
        }

        /** PATCHes the reversal needs, one per property (plus reads the conflict check may make). */
        public int requests() {
            return reversals.size();
        }

        public boolean isEmpty() {
            return reversals.isEmpty() && unsent.isEmpty();
        }
    }

    /** What was done: unsent edits removed, the undo batch queued (empty when nothing had been applied). */
    public record Result(int removedUnsent, OptionalLong undoBatch, int queued) { }

    private final Outbox outbox;
    private final ChangeJournal journal;

    public BatchUndo(Outbox outbox, ChangeJournal journal) {
        this.outbox = outbox;
        this.journal = journal;
    }

    /** The newest batch with an applied change or an unsent edit; empty when there is none. */
    public OptionalLong lastBatch() {
        long unsent = outbox.list().stream().filter(BatchUndo::undoable).mapToLong(Edit::batchId).max().orElse(0);
        long applied = journal.lastBatch().orElse(0);
        long last = Math.max(unsent, applied);
        return last == 0 ? OptionalLong.empty() : OptionalLong.of(last);
    }

    public Plan plan(long batchId) {
        List<JournalEntry> entries = new ArrayList<>(journal.find(JournalFilter.all().batch(batchId)));
        entries.sort(Comparator.comparingLong(JournalEntry::id));
        // per property and field: the value before the batch's first change and after its last one
        Map<String, Map<UpdatableField, String[]>> reversals = new LinkedHashMap<>();
        for (JournalEntry entry : entries) {
            reversals.computeIfAbsent(entry.propertyId(), id -> new EnumMap<>(UpdatableField.class))
                    .merge(entry.field(), new String[]{entry.before(), entry.after(), entry.propertyName()},
                            (first, later) -> new String[]{first[0], later[1], later[2]});
        }
        List<Edit> unsent = outbox.list().stream().filter(e -> e.batchId() == batchId && undoable(e)).toList();
        String source = entries.isEmpty() ? unsent.stream().map(Edit::source).findFirst().orElse("")
                : entries.get(0).source();
        return new Plan(batchId, source, reversals, unsent);
    }

    /**
     * @param source the undo's own source in the journal, e.g. "undo" or "command line undo"
     */
    public Result undo(Plan plan, String source) {
        int removed = 0;
        for (Edit edit : plan.unsent()) {
            try {
                outbox.discard(edit.id());
                removed++;
            } catch (EditRefusedException e) {
                // being sent right now: it lands, is journaled, and can be undone then
            }
        }
        if (plan.reversals().isEmpty()) return new Result(removed, OptionalLong.empty(), 0);
        EditBatch batch = EditBatch.undoing(plan.batchId(), source);
        int queued = 0;
        for (Map.Entry<String, Map<UpdatableField, String[]>> property : plan.reversals().entrySet()) {
            Map<UpdatableField, String> afterBatch = new EnumMap<>(UpdatableField.class);
            Map<UpdatableField, String> before = new EnumMap<>(UpdatableField.class);
            String name = null;
            for (Map.Entry<UpdatableField, String[]> field : property.getValue().entrySet()) {
                String was = field.getValue()[0];
                if (was == null && field.getKey().isFlag()) continue; // the server never said: nothing to go back to
                before.put(field.getKey(), was == null ? "" : was); // a text the server did not send was empty
                afterBatch.put(field.getKey(), field.getValue()[1]);
                name = field.getValue()[2];
            }
            if (before.isEmpty()) continue;
            try {
                EditResult result = outbox.enqueue(asLeftByTheBatch(property.getKey(), name, afterBatch), before, batch);
                if (!(result instanceof EditResult.NoChange)) queued++;
            } catch (EditRefusedException e) {
                throw new IllegalStateException("An undo was refused: " + e.getMessage(), e);
            }
        }
        return new Result(removed, batch.id(), queued);
    }

    private static boolean undoable(Edit edit) {
        return edit.state() != EditState.APPLIED && edit.state() != EditState.SENDING && edit.batchId() != 0;
    }

    /** The property as the batch left it: the baseline the undo's conflict check compares with the server. */
    private static ProfileProperty asLeftByTheBatch(String id, String name, Map<UpdatableField, String> values) {
        ProfileProperty property = new ProfileProperty(id, null, null, name, null, null, null, null, List.of(),
                null, false, null, null, null, null);
        for (Map.Entry<UpdatableField, String> value : values.entrySet()) {
            property = property.with(value.getKey(), value.getValue());
        }
        return property;
    }
}
