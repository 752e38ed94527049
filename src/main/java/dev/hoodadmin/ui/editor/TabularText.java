package dev.hoodadmin.ui.editor;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a block copied from a spreadsheet: rows end with a line break, cells are separated by tabs, and a
 * cell holding tabs, line breaks or quotes comes in double quotes with inner quotes doubled (what Excel,
 * LibreOffice and Google Sheets put on the clipboard). The line break after the last row is not a row.
 */
final class TabularText {
    /** Pasted text is taken as it is: a paste is never refused over a stray quote. */
    private static final CSVFormat CLIPBOARD = CSVFormat.TDF.builder()
            .setIgnoreSurroundingSpaces(false) // TDF trims cells; spaces someone typed are kept
            .setIgnoreEmptyLines(false)        // a blank line is a row with one empty cell
            .setLenientEof(true)               // a quote never closed takes the rest of the text as the cell
            .setTrailingData(true)             // text after a closing quote belongs to the cell: "ab"c is abc
            .get();

    private TabularText() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) return rows;
        try (CSVParser parser = CSVParser.parse(text, CLIPBOARD)) {
            for (CSVRecord record : parser) rows.add(record.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("reading text in memory failed", e); // a StringReader does not fail
        }
        return rows;
    }
}
