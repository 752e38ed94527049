package dev.hoodadmin.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.util.List;

/**
 * Writes CSV that is safe to open in a spreadsheet: RFC 4180 (CRLF, quotes where needed, quotes doubled),
 * and every cell that a spreadsheet would run as a formula (starting with {@code = + - @}, or a tab or
 * carriage return) gets a leading {@code '}, so data from the server can never run as a formula.
 * Does not close the target (it may be stdout).
 */
final class SafeCsvWriter {
    private final CSVPrinter printer;

    SafeCsvWriter(Appendable target) throws IOException {
        this.printer = new CSVPrinter(target, CSVFormat.RFC4180);
    }

    void writeRow(List<String> cells) throws IOException {
        printer.printRecord(cells.stream().map(SafeCsvWriter::neutralise));
    }

    void flush() throws IOException {
        printer.flush();
    }

    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) return "";
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + cell : cell;
    }
}
