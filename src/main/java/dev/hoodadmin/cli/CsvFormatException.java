package dev.hoodadmin.cli;

/** The edits file is not valid CSV of the expected shape; {@link #line()} is where the broken row starts. */
final class CsvFormatException extends Exception {
    private final int line;

    CsvFormatException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
    }

    int line() {
        return line;
    }
}
