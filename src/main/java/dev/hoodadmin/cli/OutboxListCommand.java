package dev.hoodadmin.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.outbox.Edit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code outbox list}: every edit in the outbox with its state, attempts, last error and next attempt time. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"List every edit in the account's outbox (pending, in flight, applied, rejected, failed) "
                + "with its state, attempts, last error and next attempt time. No request is made.",
                "The table shortens long values and shows control characters as text; JSON gives them exactly."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:listed", "2:usage or configuration error"})
public final class OutboxListCommand extends CliCommand {

    /** Lower case, as people type them. */
    enum Format { table, json }

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    public OutboxListCommand() {
        this(CliEnvironment.system());
    }

    OutboxListCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    protected int run() throws CliException {
        try (AccountWorkspace workspace = account.open(environment)) {
            List<Edit> edits = workspace.outbox().list();
            if (format == Format.json) json(edits);
            else table(edits);
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new CliException(ExitCodes.SOME_FAILED, "writing the list failed: " + e.getMessage());
        }
    }

    private void table(List<Edit> edits) {
        // for people at a terminal: every cell made safe, like stderr
        var out = TerminalText.writer(out());
        out.println(String.format("%-12s %-10s %8s  %-20s  %-40s  %s", "id", "state", "attempts", "next attempt",
                "fields", "last error"));
        for (Edit edit : edits) {
            out.println(String.format("%-12s %-10s %8d  %-20s  %-40s  %s", TerminalText.value(edit.propertyId()),
                    state(edit), edit.attempts(), edit.state().isActive() ? edit.nextAttemptAt().toString() : "-",
                    TerminalText.value(changes(edit)),
                    edit.lastError() == null ? "-" : edit.lastError().summary()));
        }
        out.flush();
    }

    private void json(List<Edit> edits) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        List<Map<String, Object>> rows = edits.stream().map(edit -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("edit", edit.id());
            row.put("id", edit.propertyId());
            row.put("state", state(edit));
            row.put("attempts", edit.attempts());
            Map<String, String> changes = new LinkedHashMap<>();
            edit.changes().forEach((field, value) -> changes.put(field.wireName(), value));
            row.put("changes", changes);
            row.put("last_error", edit.lastError() == null ? null : edit.lastError().summary());
            row.put("trace_id", edit.lastError() == null ? null : edit.lastError().traceId());
            row.put("next_attempt", edit.state().isActive() ? edit.nextAttemptAt().toString() : null);
            return row;
        }).toList();
        mapper.writeValue(out(), rows);
        out().println();
    }

    private static String state(Edit edit) {
        return edit.state().name().toLowerCase(Locale.ROOT);
    }

    private static String changes(Edit edit) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<UpdatableField, String> change : edit.changes().entrySet()) {
            if (!text.isEmpty()) text.append(", ");
            text.append(change.getKey().wireName()).append('=').append(change.getValue());
        }
        return text.toString();
    }
}
