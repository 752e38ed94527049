package dev.hoodadmin.cli;

/** The edits file is not valid CSV of the expected shape (an {@link java.io.IOException}: the input cannot be used); {@link #line()} is where the broken row starts. */
final class CsvFormatException extends java.io.IOException {
    private final int line;

    CsvFormatException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
    }

    int line() {
        return line;
    }
}
