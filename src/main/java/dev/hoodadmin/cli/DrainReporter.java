package dev.hoodadmin.cli;

import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditState;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The end of an apply or resume: one line per rejected or failed edit (id, fields, status, the server's message,
 * trace_id), then one summary line; and the exit code that goes with it. Refused rows were printed as they came.
 */
final class DrainReporter {
    private final PrintWriter err;

    DrainReporter(PrintWriter err) {
        this.err = err;
    }

    /**
     * @param sent      the edits this run sent, in their final state
     * @param stopped   the rejected and failed edits to list (and count)
     * @param refused   rows refused before sending
     * @param unchanged properties that already had the values asked for
     */
    int report(List<Edit> sent, List<Edit> stopped, int refused, int unchanged, DrainResult result, Path stateFolder) {
        stopped.forEach(edit -> err.println(describe(edit)));
        int applied = count(sent, EditState.APPLIED);
        int rejected = count(stopped, EditState.REJECTED);
        int failed = count(stopped, EditState.FAILED);
        int conflicts = count(stopped, EditState.CONFLICT);
        int pending = (int) sent.stream().filter(edit -> edit.state().isActive()).count();
        StringBuilder summary = new StringBuilder("Summary: ").append(applied).append(" applied, ")
                .append(unchanged).append(" already up to date, ").append(rejected).append(" rejected, ")
                .append(failed).append(" failed, ").append(conflicts)
                .append(" in conflict (not sent), ").append(refused).append(" row(s) refused");
        if (pending > 0) summary.append(", ").append(pending).append(" pending (kept in ").append(stateFolder).append(')');
        err.println(summary.append('.'));
        if (rejected + failed > 0) {
            err.println("Rejected and failed edits stay in " + stateFolder + ": `hood-admin resume --retry-failed` sends "
                    + "the failed ones again, `hood-admin drop --id ID` removes edits, `hood-admin outbox list` shows all.");
        }
        err.flush();
        if (result == DrainResult.PAUSED_FOR_CREDENTIALS) return ExitCodes.AUTHENTICATION;
        boolean allApplied = refused == 0 && rejected == 0 && failed == 0 && conflicts == 0 && pending == 0;
        return allApplied ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** e.g. {@code rejected  id 1000105  fields export_alias: 400 Bad request: … (trace_id 99a8…)}. */
    static String describe(Edit edit) {
        if (edit.state() == EditState.CONFLICT) return conflict(edit);
        String reason = edit.lastError() == null ? "no reason given" : edit.lastError().summary();
        return edit.state().name().toLowerCase(Locale.ROOT) + "  id " + TerminalText.value(edit.propertyId())
                + "  fields " + fields(edit) + ": " + reason;
    }

    static String fields(Edit edit) {
        return edit.changedFields().stream().map(UpdatableField::wireName).collect(Collectors.joining(","));
    }

    /** e.g. {@code conflict  id 1000105  description: changed on the server to 'theirs' since it was read; yours 'mine' not sent}. */
    private static String conflict(Edit edit) {
        String fields = edit.conflict().entrySet().stream().map(field -> field.getKey().wireName()
                        + ": changed on the server to " + TerminalText.quoted(field.getValue()) + " since it was read; yours "
                        + TerminalText.quoted(edit.changes().get(field.getKey())) + " not sent")
                .collect(Collectors.joining("; "));
        return "conflict  id " + TerminalText.value(edit.propertyId()) + "  " + fields + " (--overwrite sends it anyway)";
    }

    private static int count(List<Edit> edits, EditState state) {
        return (int) edits.stream().filter(edit -> edit.state() == state).count();
    }
}
