package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ui.edits.ApproxDuration;
import dev.hoodadmin.ui.edits.FieldNames;

import java.time.Duration;
import java.util.List;

/**
 * What a bulk edit would do: one field set to one value on each custom property of the selection; system
 * properties are skipped and counted.
 *
 * @param problem why the value cannot be sent, or null
 * @param eta     how long sending would take at the current rate, or null when unknown
 */
public record BulkPlan(UpdatableField field, String value, List<ProfileProperty> rows, int systemSkipped,
                       String problem, Duration eta) {

    public BulkPlan {
        rows = List.copyOf(rows);
    }

    public boolean canApply() {
        return problem == null && !rows.isEmpty();
    }

    /** e.g. "148 will be queued, 12 system properties skipped, about 1 min at the current rate". */
    public String summary() {
        if (problem != null) return problem;
        StringBuilder text = new StringBuilder(rows.isEmpty() ? Texts.get("bulk.plan.nothing")
                : Texts.get("bulk.plan.queued", Texts.number(rows.size())));
        if (systemSkipped > 0) {
            text.append(", ").append(Texts.plural("bulk.plan.systemSkipped", systemSkipped, Texts.number(systemSkipped)));
        }
        if (eta != null && !rows.isEmpty()) text.append(", ").append(Texts.get("bulk.plan.eta", ApproxDuration.of(eta)));
        return text.toString();
    }

    /** e.g. "Set Importable to Yes". */
    public String action() {
        String shown = field.isFlag() ? Texts.get("1".equals(value) ? "common.yes" : "common.no")
                : Texts.get("common.quoted", value);
        return Texts.get("bulk.plan.action", FieldNames.of(field), shown);
    }
}
