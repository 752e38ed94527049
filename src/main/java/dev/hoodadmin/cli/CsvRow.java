package dev.hoodadmin.cli;

/** One data row of an edits file, exactly as written, with the line it starts on (the header is line 1). */
record CsvRow(int line, String id, String field, String value) {
}
