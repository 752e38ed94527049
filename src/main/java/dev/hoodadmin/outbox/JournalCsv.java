package dev.hoodadmin.outbox;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Journal entries as CSV, the same from the History window's export and {@code history --format csv}: RFC 4180,
 * times in the given zone, and every cell a spreadsheet would run as a formula (starting with {@code = + - @},
 * tab or CR) prefixed with {@code '}, since values come from the server and other people.
 */
public final class JournalCsv {
    public static final List<String> HEADER = List.of("entry", "applied_at", "property_id", "property_name", "field",
            "before", "after", "source", "batch", "undoes_entry", "trace_id");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private JournalCsv() {
    }

    /** Writes the header and the entries; does not close {@code target} (it may be stdout). */
    public static void write(List<JournalEntry> entries, ZoneId zone, Appendable target) throws IOException {
        CSVPrinter printer = new CSVPrinter(target, CSVFormat.RFC4180);
        printer.printRecord(HEADER);
        for (JournalEntry entry : entries) {
            printer.printRecord(Arrays.asList(String.valueOf(entry.id()), TIME.format(entry.appliedAt().atZone(zone)),
                    entry.propertyId(), entry.propertyName(), entry.field().wireName(), entry.before(), entry.after(),
                    entry.source(), entry.batchId() == 0 ? "" : String.valueOf(entry.batchId()),
                    entry.isUndo() ? String.valueOf(entry.undoesEntry()) : "", entry.traceId())
                    .stream().map(JournalCsv::inert).toList());
        }
        printer.flush();
    }

    private static String inert(String cell) {
        if (cell == null || cell.isEmpty()) return "";
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
