package dev.hoodadmin.ui.edits;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditError;
import dev.hoodadmin.outbox.EditState;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One property's edits that have not reached the server yet (pending, sending, rejected, failed), in the
 * order they would land, plus a refusal by the outbox if the last save was refused. {@code landing} holds
 * edits the server accepted whose values the loaded row does not show yet. Immutable.
 */
public record RowEditState(List<Edit> edits, List<Edit> landing, String refusal) {
    public static final RowEditState NONE = new RowEditState(List.of(), List.of(), null);

    public RowEditState {
        edits = inOrder(edits);
        landing = inOrder(landing);
    }

    private static List<Edit> inOrder(List<Edit> edits) {
        return edits.stream().sorted(Comparator.comparingLong(Edit::queueOrder).thenComparingLong(Edit::id)).toList();
    }

    /** The server's value of a field: the loaded row's, unless an accepted edit has not reached the row yet. */
    public String serverValue(UpdatableField field, String rowValue) {
        String value = rowValue;
        for (Edit edit : landing) {
            if (edit.changes().containsKey(field)) value = edit.changes().get(field);
        }
        return value;
    }

    /** The values the person asked for and the server does not have yet: what cells and fields show. */
    public Map<UpdatableField, String> wantedValues() {
        Map<UpdatableField, String> values = new EnumMap<>(UpdatableField.class);
        for (Edit edit : edits) values.putAll(edit.changes());
        return values;
    }

    /** The value to show for a field: the unsent one if there is one, else the server's. */
    public String valueOr(UpdatableField field, String rowValue) {
        Map<UpdatableField, String> wanted = wantedValues();
        return wanted.containsKey(field) ? wanted.get(field) : serverValue(field, rowValue);
    }

    /** True while an unsent edit changes the field: the field is highlighted. */
    public boolean changes(UpdatableField field) {
        return edits.stream().anyMatch(e -> e.changes().containsKey(field));
    }

    /** The latest rejected or failed edit, if any. */
    public Optional<Edit> problem() {
        return edits.stream().filter(e -> e.state().needsAttention()).max(Comparator.comparingLong(Edit::id));
    }

    /** The server's error on this field, if the latest problem concerns it. */
    public Optional<EditError> errorOn(UpdatableField field) {
        return problem().filter(e -> e.lastError() != null
                        && ServerErrorFields.concerned(e, e.lastError()).contains(field))
                .map(Edit::lastError);
    }

    /** The edits a Revert may drop: those not in flight. */
    public List<Edit> discardable() {
        return edits.stream().filter(e -> e.state() != EditState.SENDING).toList();
    }

    public boolean hasUnsent() {
        return !edits.isEmpty();
    }

    public RowStatus status() {
        if (refusal != null) return RowStatus.REFUSED;
        if (has(EditState.REJECTED)) return RowStatus.REJECTED;
        if (has(EditState.CONFLICT)) return RowStatus.CONFLICT;
        if (has(EditState.FAILED)) return RowStatus.FAILED;
        if (has(EditState.SENDING)) return RowStatus.SENDING;
        return edits.isEmpty() ? RowStatus.NONE : RowStatus.PENDING;
    }

    /** One line for a tooltip: the refusal or the server's words, else what is waiting. */
    public String statusText() {
        if (refusal != null) return refusal;
        Optional<Edit> problem = problem();
        if (problem.isPresent() && problem.get().state() == EditState.CONFLICT) return conflictText(problem.get());
        if (problem.isPresent() && problem.get().lastError() != null) return problem.get().lastError().summary();
        return switch (status()) {
            case SENDING -> Texts.get("edits.status.sending");
            case PENDING -> Texts.get("edits.status.pending");
            default -> "";
        };
    }

    /** e.g. "Description: changed on the server to 'Berlin' since you loaded it". */
    public static String conflictText(Edit conflict) {
        return conflict.conflict().entrySet().stream().map(field -> Texts.get("edits.conflict",
                FieldNames.of(field.getKey()), field.getValue() == null ? "" : field.getValue()))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private boolean has(EditState state) {
        return edits.stream().anyMatch(e -> e.state() == state);
    }
}
