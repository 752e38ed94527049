package dev.hoodadmin.engine;

import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * What importing a file would do, before anything is queued, for the window and the command line alike: per
 * property the fields that would change (before → after, against the server's current values), the properties
 * whose rows change nothing (skipped and counted), the rows refused (system properties, unknown ids, and
 * whatever the file checks refused: invalid values, duplicate ids) with their lines, and the requests and
 * time the changes take; rows with no id and a label create a property ("new"), checked like New property….
 * Values are compared exactly as written; an empty and an absent text are the same.
 */
public final class ImportPreview {
    /** One field that would change. */
    public record FieldChange(UpdatableField field, String before, String after) {
    }

    /** One property that would be sent a PATCH, with its first line in the file. */
    public record PropertyChange(String id, String label, int line, List<FieldChange> fields) {
        public PropertyChange {
            fields = List.copyOf(fields);
        }
    }

    /** A row with no id and a label: a custom property to create. */
    public record NewRow(String source, int line, NewProperty property) {
    }

    /**
     * @param creations the rows that would create a property (shown as "new"), checked like New property…
     * @param requests  the PATCHes and POSTs it takes (one per property)
     * @param eta      how long they take within the rate budget; empty when unknown or nothing is sent
     */
    public record Result(List<PropertyChange> changes, List<NewRow> creations, int unchanged, List<Refusal> refusals,
                         int requests, Optional<Duration> eta) {
        public Result {
            changes = List.copyOf(changes);
            creations = List.copyOf(creations);
            refusals = List.copyOf(refusals);
        }

        /** The properties to create, as the outbox takes them. */
        public List<NewProperty> newProperties() {
            return creations.stream().map(NewRow::property).toList();
        }

        public boolean hasRefusals() {
            return !refusals.isEmpty();
        }

        public int changedFields() {
            return changes.stream().mapToInt(change -> change.fields().size()).sum();
        }

        /** e.g. "2 properties to change (3 fields), 118 unchanged (skipped), 0 row(s) refused. Requests: 2; estimated time: 1 s." */
        public String summary() {
            String time = eta.map(ImportPreview::readable).map(t -> "; estimated time: " + t).orElse("");
            int fields = changedFields();
            String created = creations.isEmpty() ? "" : ", " + creations.size() + " new propert"
                    + (creations.size() == 1 ? "y" : "ies") + " to create";
            return (changes.isEmpty() ? "No changes" : changes.size() + " propert" + (changes.size() == 1 ? "y" : "ies")
                    + " to change (" + fields + " field" + (fields == 1 ? "" : "s") + ")") + created + ", " + unchanged
                    + " unchanged (skipped), " + refusals.size() + " row(s) refused. Requests: " + requests + time + ".";
        }

        /** Every field to send, as rows an admission takes ({@code source} and line of the property's first row). */
        public List<FieldEdit> edits(String source) {
            List<FieldEdit> edits = new ArrayList<>();
            for (PropertyChange change : changes) {
                for (FieldChange field : change.fields()) {
                    edits.add(new FieldEdit(source, change.line(), change.id(), field.field(), field.after()));
                }
            }
            return edits;
        }
    }

    private ImportPreview() {
    }

    /**
     * A row of the wide form carries several fields: refused for one reason (an unknown id), it is one refusal
     * naming its fields, so "rows refused" counts rows. Sorted by line.
     */
    private static List<Refusal> oneLinePerRow(List<Refusal> refusals) {
        Map<List<Object>, Refusal> byRow = new LinkedHashMap<>();
        for (Refusal refusal : refusals) {
            byRow.merge(List.of(refusal.source(), refusal.line(), String.valueOf(refusal.propertyId()), refusal.reason()), refusal,
                    (first, next) -> new Refusal(first.source(), first.line(), first.propertyId(),
                            first.field() + "," + next.field(), first.reason()));
        }
        List<Refusal> merged = new ArrayList<>(byRow.values());
        merged.sort(Comparator.comparing(Refusal::source).thenComparingInt(Refusal::line));
        return merged;
    }

    private static String readable(Duration duration) {
        if (duration.toMillis() < 1000) return "under 1 s";
        long seconds = (duration.toMillis() + 999) / 1000;
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    /**
     * @param edits         the file's checked rows, in file order (a later row for the same field wins)
     * @param fileRefusals  rows the file checks already refused
     * @param current       the server's current properties by id (ids it does not know are absent)
     * @param estimate      the time a number of requests takes within the rate budget
     */
    public static Result build(List<FieldEdit> edits, List<Refusal> fileRefusals, Map<String, ProfileProperty> current,
                               IntFunction<Optional<Duration>> estimate) {
        return build(edits, List.of(), null, fileRefusals, current, estimate);
    }

    /**
     * As {@link #build(List, List, Map, IntFunction)}, with rows that create properties.
     *
     * @param newRows rows with no id and a label, in file order
     * @param check   the account's rules for new properties (labels unique among the rows too); null without new rows
     */
    public static Result build(List<FieldEdit> edits, List<NewRow> newRows, NewPropertyCheck check,
                               List<Refusal> fileRefusals, Map<String, ProfileProperty> current,
                               IntFunction<Optional<Duration>> estimate) {
        Map<String, List<FieldEdit>> byProperty = new LinkedHashMap<>();
        for (FieldEdit edit : edits) byProperty.computeIfAbsent(edit.propertyId(), id -> new ArrayList<>()).add(edit);
        List<PropertyChange> changes = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>(fileRefusals);
        int unchanged = 0;
        for (Map.Entry<String, List<FieldEdit>> entry : byProperty.entrySet()) {
            ProfileProperty property = current.get(entry.getKey());
            if (property == null) {
                entry.getValue().forEach(edit -> refusals.add(Refusal.of(edit, EditAdmission.UNKNOWN_ID)));
                continue;
            }
            Map<UpdatableField, FieldEdit> last = new EnumMap<>(UpdatableField.class);
            for (FieldEdit edit : entry.getValue()) last.put(edit.field(), edit);
            List<FieldChange> fields = new ArrayList<>();
            List<FieldEdit> changing = new ArrayList<>();
            for (FieldEdit edit : last.values()) {
                String before = property.valueOf(edit.field());
                if (!edit.field().isSameValue(before, edit.value())) {
                    fields.add(new FieldChange(edit.field(), before, edit.value()));
                    changing.add(edit);
                }
            }
            if (fields.isEmpty()) {
                unchanged++;
            } else if (property.isSystem()) {
                changing.forEach(edit -> refusals.add(Refusal.of(edit, EditAdmission.SYSTEM_REFUSAL)));
            } else {
                changes.add(new PropertyChange(property.id(), property.label(), entry.getValue().get(0).line(), fields));
            }
        }
        List<NewRow> creations = new ArrayList<>();
        for (NewRow row : newRows) {
            Optional<String> problem = check.problem(row.property());
            if (problem.isPresent()) {
                refusals.add(new Refusal(row.source(), row.line(), "(new)", "label", problem.get() + " (not created)"));
            } else {
                check.reserve(row.property().label());
                creations.add(row);
            }
        }
        int requests = changes.size() + creations.size();
        return new Result(changes, creations, unchanged, oneLinePerRow(refusals), requests,
                requests == 0 ? Optional.empty() : estimate.apply(requests));
    }
}
