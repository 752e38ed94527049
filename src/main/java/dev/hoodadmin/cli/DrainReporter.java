package dev.hoodadmin.cli;

import dev.hoodadmin.engine.Refusal;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditState;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The end of an apply or resume: one line per refused row and per rejected or failed edit (id, fields,
 * HTTP status, the server's message, trace_id), then one summary line; and the exit code that goes with it.
 */
final class DrainReporter {
    private final PrintWriter err;

    DrainReporter(PrintWriter err) {
        this.err = err;
    }

    /**
     * @param edits     the edits this run tracked, in their final state
     * @param unchanged properties that already had the values asked for
     */
    int report(List<Refusal> refusals, List<Edit> edits, int unchanged, DrainResult result, Path stateFolder) {
        refusals.stream().sorted(Comparator.comparing(Refusal::source).thenComparingInt(Refusal::line))
                .forEach(refusal -> err.println(refusal.describe()));
        for (Edit edit : edits) {
            if (edit.state().needsAttention()) err.println(describe(edit));
        }
        int applied = count(edits, EditState.APPLIED);
        int rejected = count(edits, EditState.REJECTED);
        int failed = count(edits, EditState.FAILED);
        int conflicts = count(edits, EditState.CONFLICT);
        int pending = (int) edits.stream().filter(edit -> edit.state().isActive()).count();
        StringBuilder summary = new StringBuilder("Summary: ").append(applied).append(" applied, ")
                .append(unchanged).append(" already up to date, ").append(rejected).append(" rejected, ")
                .append(failed).append(" failed, ").append(conflicts).append(" in conflict (not sent), ").append(refusals.size()).append(" row(s) refused");
        if (pending > 0) summary.append(", ").append(pending).append(" pending (kept in ").append(stateFolder).append(')');
        err.println(summary.append('.'));
        err.flush();
        if (result == DrainResult.PAUSED_FOR_CREDENTIALS) return ExitCodes.AUTHENTICATION;
        boolean allApplied = refusals.isEmpty() && rejected == 0 && failed == 0 && conflicts == 0 && pending == 0;
        return allApplied ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** e.g. {@code rejected  id 1000105  fields export_alias: 400 Bad request.: … (trace_id 99a8…)}. */
    static String describe(Edit edit) {
        if (edit.state() == EditState.CONFLICT) return conflict(edit);
        String fields = edit.changedFields().stream().map(UpdatableField::wireName).collect(Collectors.joining(","));
        String reason = edit.lastError() == null ? "no reason given" : edit.lastError().summary();
        return edit.state().name().toLowerCase(Locale.ROOT) + "  id " + edit.propertyId() + "  fields " + fields + ": " + reason;
    }

    /** e.g. {@code conflict  id 1000105  description: changed on the server to 'theirs' since it was read; yours 'mine' not sent}. */
    private static String conflict(Edit edit) {
        String fields = edit.conflict().entrySet().stream().map(field -> field.getKey().wireName()
                        + ": changed on the server to " + TerminalText.quoted(field.getValue()) + " since it was read; yours "
                        + TerminalText.quoted(edit.changes().get(field.getKey())) + " not sent")
                .collect(Collectors.joining("; "));
        return "conflict  id " + edit.propertyId() + "  " + fields + " (--overwrite sends it anyway)";
    }

    private static int count(List<Edit> edits, EditState state) {
        return (int) edits.stream().filter(edit -> edit.state() == state).count();
    }
}
