package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.outbox.EditBatch;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.EditResult;
import dev.hoodadmin.ui.edits.FieldRules;
import dev.hoodadmin.ratelimit.BudgetView;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bulk edit: one field, one value, many rows. Each custom property gets one edit (merged with what already
 * waits for it); system properties are never offered to the outbox, only counted.
 */
public final class BulkEditor {
    private final EditorViewModel editor;
    private final BudgetView budget;

    public BulkEditor(EditorViewModel editor, BudgetView budget) {
        this.editor = editor;
        this.budget = budget;
    }

    /** What setting {@code field} to {@code value} on the selection would do. */
    public BulkPlan plan(Collection<ProfileProperty> selection, UpdatableField field, String value) {
        Map<String, ProfileProperty> distinct = new LinkedHashMap<>();
        for (ProfileProperty row : selection) {
            if (row != null) distinct.putIfAbsent(row.id(), row);
        }
        List<ProfileProperty> custom = new ArrayList<>();
        int system = 0;
        for (ProfileProperty row : distinct.values()) {
            if (row.isSystem()) system++;
            else custom.add(row);
        }
        String problem = field == null ? Texts.get("bulk.chooseField")
                : FieldRules.problem(field, value).orElse(null);
        Duration eta = custom.isEmpty() ? null : budget.estimateDuration(custom.size());
        return new BulkPlan(field, value, custom, system, problem, eta);
    }

    /** Queues the plan's edits; the notice then says how many were queued and skipped. */
    public CompletableFuture<Void> apply(BulkPlan plan) {
        if (!plan.canApply()) {
            editor.notify(plan.summary());
            return CompletableFuture.completedFuture(null);
        }
        AtomicInteger queued = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        List<CompletableFuture<Void>> saves = new ArrayList<>();
        EditBatch batch = editor.begin("bulk edit"); // one undo step for the whole bulk edit
        for (ProfileProperty row : plan.rows()) {
            saves.add(editor.save(row, Map.of(plan.field(), plan.value()), batch, result -> {
                if (result instanceof EditResult.NoChange) unchanged.incrementAndGet();
                else queued.incrementAndGet();
            }));
        }
        return CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).thenRun(() -> {
            // completes on the JavaFX thread, after the last outcome was handed over
            StringBuilder text = new StringBuilder(Texts.get("bulk.done.queued", plan.action(),
                    Texts.number(queued.get())));
            if (unchanged.get() > 0) text.append(", ").append(Texts.get("bulk.done.unchanged", Texts.number(unchanged.get())));
            if (plan.systemSkipped() > 0) {
                text.append(", ").append(Texts.plural("bulk.plan.systemSkipped", plan.systemSkipped(),
                        Texts.number(plan.systemSkipped())));
            }
            editor.notify(text.toString());
        });
    }
}
