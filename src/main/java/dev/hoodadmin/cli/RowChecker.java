package dev.hoodadmin.cli;

import dev.hoodadmin.engine.Refusal;
import dev.hoodadmin.engine.FieldEdit;
import dev.hoodadmin.api.UpdatableField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks each row on its own, before anything is read from the server: the field must be updatable, a flag
 * must be 0 or 1, the id must be usable. Rows that pass become {@link FieldEdit}s; the others are refused.
 */
final class RowChecker {
    static final String UPDATABLE = Arrays.stream(UpdatableField.values()).map(UpdatableField::wireName)
            .collect(Collectors.joining(", "));

    record Result(List<FieldEdit> edits, List<Refusal> refusals) {
    }

    private RowChecker() {
    }

    static Result check(String source, List<CsvRow> rows) {
        List<FieldEdit> edits = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        for (CsvRow row : rows) {
            Optional<String> problem = problem(row);
            if (problem.isPresent()) {
                refusals.add(new Refusal(source, row.line(), row.id(), row.field(), problem.get()));
            } else {
                UpdatableField field = UpdatableField.fromWireName(row.field()).orElseThrow();
                edits.add(new FieldEdit(source, row.line(), row.id(), field, row.value()));
            }
        }
        return new Result(edits, refusals);
    }

    private static Optional<String> problem(CsvRow row) {
        if (row.id().isBlank() || row.id().contains(",") || !row.id().equals(row.id().strip())) {
            return Optional.of("'" + row.id() + "' is not a property id");
        }
        Optional<UpdatableField> field = UpdatableField.fromWireName(row.field());
        if (field.isEmpty()) {
            return Optional.of("not an updatable field; use one of " + UPDATABLE);
        }
        if (field.get().isFlag() && !row.value().equals("0") && !row.value().equals("1")) {
            return Optional.of(row.field() + " takes 0 or 1, not '" + row.value() + "'");
        }
        return Optional.empty();
    }
}
