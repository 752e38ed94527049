package dev.hoodadmin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.outbox.JournalCsv;
import dev.hoodadmin.outbox.JournalEntry;
import dev.hoodadmin.outbox.JournalFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code history}: the account's change journal, newest first; no request is made. */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Print the changes the server accepted for this account (from the window and the command "
                + "line), newest first: when, property, field, before and after, source and batch.",
                "Read from this computer's journal of the account; no request is made. The account is opened as by the "
                        + "other commands (HOOD_API_TOKEN must be set)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:printed (possibly nothing)", "2:usage or configuration error"})
public final class HistoryCommand extends CliCommand {
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    enum Format { table, csv, json }

    @Option(names = "--property", paramLabel = "ID", description = "Only this property.")
    String property;

    @Option(names = "--field", paramLabel = "FIELD", description = "Only this field (example, description, …).")
    String field;

    @Option(names = "--source", paramLabel = "TEXT", description = "Only sources containing TEXT (grid, paste, bulk, apply, undo…).")
    String source;

    @Option(names = "--batch", paramLabel = "ID", description = "Only this batch (the number after # in the source).")
    long batch;

    @Option(names = "--since", paramLabel = "DATE", description = "Only changes from DATE on: yyyy-MM-dd or "
            + "'yyyy-MM-dd HH:mm[:ss]' (this computer's time zone).")
    String since;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    public HistoryCommand() {
        this(CliEnvironment.system());
    }

    HistoryCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    protected int run() throws CliException {
        JournalFilter filter = filter();
        try (AccountWorkspace workspace = account.open(environment)) {
            List<JournalEntry> entries = workspace.journal().find(filter);
            switch (format) {
                case table -> table(entries);
                case csv -> csv(entries);
                case json -> json(entries);
            }
            out().flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new CliException(ExitCodes.SOME_FAILED, "writing the history failed: " + e.getMessage());
        }
    }

    private JournalFilter filter() throws CliException {
        JournalFilter filter = JournalFilter.all().property(property).batch(batch).source(source);
        if (field != null) {
            filter = filter.field(UpdatableField.fromWireName(field).orElseThrow(() -> CliException.usage("--field "
                    + TerminalText.neutralise(field) + " is not one of example, description, export_alias, pi_data, "
                    + "importable, exportable")));
        }
        if (since != null) filter = filter.between(parseSince(since, zone()), null);
        return filter;
    }

    static Instant parseSince(String text, ZoneId zone) throws CliException {
        String trimmed = text.trim();
        try {
            if (trimmed.length() == 10) return LocalDate.parse(trimmed).atStartOfDay(zone).toInstant();
            String withSeconds = trimmed.length() == 16 ? trimmed + ":00" : trimmed;
            return LocalDateTime.parse(withSeconds, SHOWN).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw CliException.usage("--since " + TerminalText.neutralise(text)
                    + " is not a date: use yyyy-MM-dd or 'yyyy-MM-dd HH:mm[:ss]'");
        }
    }

    private ZoneId zone() {
        return environment.clock().getZone();
    }

    private String when(JournalEntry entry) {
        return SHOWN.format(entry.appliedAt().atZone(zone()));
    }

    private void table(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            err().println("No changes recorded" + (filterGiven() ? " that match." : " yet."));
            return;
        }
        out().printf(Locale.ROOT, "%-19s  %-8s  %-20s  %-12s  %-24s  %-24s  %s%n", "when", "id", "property", "field",
                "before", "after", "source");
        for (JournalEntry entry : entries) {
            out().printf(Locale.ROOT, "%-19s  %-8s  %-20s  %-12s  %-24s  %-24s  %s%n", when(entry), entry.propertyId(),
                    cut(entry.propertyName(), 20), entry.field().wireName(), cut(entry.before(), 24),
                    cut(entry.after(), 24), TerminalText.neutralise(sourceOf(entry)));
        }
    }

    private void csv(List<JournalEntry> entries) throws IOException {
        JournalCsv.write(entries, zone(), out());
    }

    private void json(List<JournalEntry> entries) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JournalEntry entry : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("entry", entry.id());
            row.put("applied_at", entry.appliedAt().toString());
            row.put("property_id", entry.propertyId());
            row.put("property_name", entry.propertyName());
            row.put("field", entry.field().wireName());
            row.put("before", entry.before());
            row.put("after", entry.after());
            row.put("source", entry.source());
            row.put("batch", entry.batchId() == 0 ? null : entry.batchId());
            row.put("undoes_entry", entry.isUndo() ? entry.undoesEntry() : null);
            row.put("trace_id", entry.traceId());
            rows.add(row);
        }
        // JSON escapes every control character, so the output is safe for a terminal as it is
        out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
    }

    private static String sourceOf(JournalEntry entry) {
        return entry.sourceLabel() + (entry.isUndo() ? " (undoes entry " + entry.undoesEntry() + ")" : "");
    }

    private boolean filterGiven() {
        return property != null || field != null || source != null || batch != 0 || since != null;
    }

    private static String cut(String text, int width) {
        String shown = TerminalText.neutralise(text);
        return shown.length() > width ? shown.substring(0, width - 1) + "…" : shown;
    }
}
