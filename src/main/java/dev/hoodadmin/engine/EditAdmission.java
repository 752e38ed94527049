package dev.hoodadmin.engine;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyLookup;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.EditBatch;
import dev.hoodadmin.outbox.EditRefusedException;
import dev.hoodadmin.outbox.EditResult;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.outbox.OutboxWorker;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Moves staged rows into the outbox: reads the edited properties' current values, refuses rows for unknown
 * ids, system properties and ids or values the server or the outbox refuses (never sent, each with its own
 * reason, never blocking the other rows), and queues one edit per property carrying all its rows (a later row
 * for the same field wins). Staged rows are removed only once they are in the outbox or refused, so a crash in
 * between queues them again on the next run, which changes nothing (the outbox merges them).
 *
 * <p>Rows are taken {@value #ROWS_PER_BATCH} at a time, so a file of a million rows never has to fit in memory;
 * each property is read once per admission. The edits of one batch are queued in one transaction of the
 * outbox's data file (its nested calls join it): one disk flush instead of one per property. Measured here,
 * per-property commits kept 100 edits from being sent for 0.6 s after the read, rate budget left unused. The
 * transaction is the outbox's own ({@link Outbox#inOneTransaction}), so the worker may run meanwhile (the
 * window's import does this).
 */
public final class EditAdmission {
    public static final String SYSTEM_REFUSAL = "system property: defined by Hood and never changed (not sent)";
    public static final String UNKNOWN_ID = "no property with this id on the server (not sent)";
    static final int ROWS_PER_BATCH = 10_000;
    /** The journal's source of rows from an edits file: one batch (one undo step) per file. */
    public static final String APPLY_SOURCE = "command line apply of ";
    /** The same for a file imported in the window (File → Import changes…). */
    public static final String IMPORT_SOURCE = "import of ";

    /** What the admission did: rows refused, properties queued, properties already holding the values. */
    public record Result(int refused, int queued, int unchanged) {
    }

    private final Outbox outbox;
    private final StagedEdits staged;
    private final PropertyLookup lookup;
    private final OutboxWorker worker;

    EditAdmission(Outbox outbox, OutboxWorker worker, StagedEdits staged, PropertyLookup lookup) {
        this.outbox = outbox;
        this.worker = worker;
        this.staged = staged;
        this.lookup = lookup;
    }

    /**
     * @param refused told of each refused row, as it is refused
     * @throws HoodApiException when the server cannot be read at all (network, token, retries spent); the rows
     *                          not yet queued then stay staged
     */
    public Result admitStaged(Consumer<Refusal> refused) throws HoodApiException, InterruptedException {
        return admitStaged(refused, APPLY_SOURCE);
    }

    /** @param sourcePrefix what the history says the rows came from, before the file's name */
    public Result admitStaged(Consumer<Refusal> refused, String sourcePrefix) throws HoodApiException, InterruptedException {
        Walk walk = new Walk(refused, sourcePrefix);
        long after = 0;
        List<StagedEdits.Staged> rows;
        while (!(rows = staged.batch(after, ROWS_PER_BATCH)).isEmpty()) {
            walk.admit(rows);
            after = rows.get(rows.size() - 1).seq();
            staged.removeThrough(after);
        }
        return new Result(walk.refusedRows, walk.queued.size(), walk.unchanged.size());
    }

    /** One admission: what the server said about each property so far, and what was done. */
    private final class Walk {
        final Consumer<Refusal> refused;
        final String sourcePrefix;
        final Map<String, ProfileProperty> known = new HashMap<>();
        final Map<String, String> refusedIds = new HashMap<>();
        final Set<String> queued = new HashSet<>();
        final Set<String> unchanged = new HashSet<>();
        /** One batch (one undo step) per file, across the admission's groups of rows. */
        final Map<String, EditBatch> batches = new LinkedHashMap<>();
        int refusedRows;

        Walk(Consumer<Refusal> refused, String sourcePrefix) {
            this.refused = refused;
            this.sourcePrefix = sourcePrefix;
        }

        void admit(List<StagedEdits.Staged> rows) throws HoodApiException, InterruptedException {
            Map<String, List<FieldEdit>> byProperty = new LinkedHashMap<>();
            for (StagedEdits.Staged row : rows) {
                byProperty.computeIfAbsent(row.edit().propertyId(), id -> new ArrayList<>()).add(row.edit());
            }
            read(byProperty.keySet());
            outbox.inOneTransaction(() -> {
                byProperty.forEach(this::enqueue);
                return null;
            });
        }

        /** Reads the properties not read yet; an id the server refuses is set aside with its reason. */
        private void read(Set<String> ids) throws HoodApiException, InterruptedException {
            List<String> unread = ids.stream().filter(id -> !known.containsKey(id) && !refusedIds.containsKey(id)).toList();
            if (unread.isEmpty()) return;
            PropertyLookup.Result result = lookup.read(unread);
            known.putAll(result.found());
            worker.serverValuesRead(result.found().values()); // the check before sending needs no second read
            result.refused().forEach((id, error) -> refusedIds.put(id, refusalOf(error)));
            for (String id : unread) {
                if (!known.containsKey(id) && !refusedIds.containsKey(id)) refusedIds.put(id, UNKNOWN_ID);
            }
        }

        private void enqueue(String propertyId, List<FieldEdit> edits) {
            ProfileProperty property = known.get(propertyId);
            String reason = property == null ? refusedIds.get(propertyId) : property.isSystem() ? SYSTEM_REFUSAL : null;
            if (reason != null) {
                refuse(edits, reason);
                return;
            }
            try {
                String file = edits.get(edits.size() - 1).source();
                EditBatch batch = batches.computeIfAbsent(file, f -> EditBatch.start(sourcePrefix + f));
                EditResult result = outbox.enqueue(property, valuesOf(edits), batch);
                if (result instanceof EditResult.Queued || result instanceof EditResult.Updated) {
                    queued.add(propertyId);
                    unchanged.remove(propertyId);
                } else if (!queued.contains(propertyId)) {
                    unchanged.add(propertyId);
                }
            } catch (EditRefusedException e) {
                Map<UpdatableField, List<FieldEdit>> byField = byField(edits);
                if (byField.size() == 1) refuse(edits, e.getMessage() + " (not sent)");
                else byField.values().forEach(one -> enqueue(propertyId, one)); // only the bad field's rows are refused
            }
        }

        private void refuse(List<FieldEdit> edits, String reason) {
            for (FieldEdit edit : edits) {
                refused.accept(Refusal.of(edit, reason));
                refusedRows++;
            }
        }
    }

    private static String refusalOf(ApiError error) {
        return "the server refused to read this id: " + error.summary() + " (not sent)";
    }

    private static Map<UpdatableField, List<FieldEdit>> byField(List<FieldEdit> edits) {
        Map<UpdatableField, List<FieldEdit>> byField = new EnumMap<>(UpdatableField.class);
        for (FieldEdit edit : edits) byField.computeIfAbsent(edit.field(), f -> new ArrayList<>()).add(edit);
        return byField;
    }

    private static Map<UpdatableField, String> valuesOf(List<FieldEdit> edits) {
        Map<UpdatableField, String> values = new EnumMap<>(UpdatableField.class);
        for (FieldEdit edit : edits) values.put(edit.field(), edit.value()); // in file order: the last one wins
        return values;
    }
}
