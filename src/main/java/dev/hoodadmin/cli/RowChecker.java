package dev.hoodadmin.cli;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.engine.FieldEdit;
import dev.hoodadmin.engine.Refusal;
import dev.hoodadmin.outbox.Outbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Checks each row on its own, before anything is read from the server: the field must be updatable, a flag
 * must be 0 or 1, the id must be usable, the value no longer than an edit takes. A row that passes becomes a
 * {@link FieldEdit}; one that does not is refused. Refusals quote the row's text made safe for the terminal.
 */
final class RowChecker {
    static final String UPDATABLE = Arrays.stream(UpdatableField.values()).map(UpdatableField::wireName)
            .collect(Collectors.joining(", "));

    private RowChecker() {
    }

    /** The rows that pass as edits, and the refused ones (a file read whole, e.g. the window's import). */
    record Result(List<FieldEdit> edits, List<Refusal> refusals) {
    }

    static Result check(String source, List<CsvRow> rows) {
        List<FieldEdit> edits = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        for (CsvRow row : rows) check(source, row, refusals::add).ifPresent(edits::add);
        return new Result(edits, refusals);
    }

    /** The row as an edit, or empty after telling {@code refused} why not. */
    static Optional<FieldEdit> check(String source, CsvRow row, Consumer<Refusal> refused) {
        Optional<String> problem = problem(row);
        if (problem.isPresent()) {
            refused.accept(new Refusal(source, row.line(), row.id(), row.field(), problem.get()));
            return Optional.empty();
        }
        UpdatableField field = UpdatableField.fromWireName(row.field()).orElseThrow();
        return Optional.of(new FieldEdit(source, row.line(), row.id(), field, row.value()));
    }

    private static Optional<String> problem(CsvRow row) {
        if (row.id().isBlank() || row.id().contains(",") || !row.id().equals(row.id().strip())) {
            return Optional.of("'" + TerminalText.value(row.id()) + "' is not a property id");
        }
        Optional<UpdatableField> field = UpdatableField.fromWireName(row.field());
        if (field.isEmpty()) {
            return Optional.of("not an updatable field; use one of " + UPDATABLE);
        }
        if (field.get().isFlag() && !row.value().equals("0") && !row.value().equals("1")) {
            return Optional.of(row.field() + " takes 0 or 1, not '" + TerminalText.value(row.value()) + "'");
        }
        if (row.value().length() > Outbox.MAX_VALUE_CHARS) {
            return Optional.of("the value is " + row.value().length() + " characters long; at most "
                    + Outbox.MAX_VALUE_CHARS + " are taken (not sent)");
        }
        return Optional.empty();
    }
}
