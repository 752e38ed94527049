package dev.hoodadmin.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a block copied from a spreadsheet: rows end with a line break, cells are separated by tabs, and a
 * cell holding tabs, line breaks or quotes comes in double quotes with inner quotes doubled (what Excel,
 * LibreOffice and Google Sheets put on the clipboard). The line break after the last row is not a row.
 */
final class TabularText {
    private TabularText() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) return rows;
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean cellStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (cellStart && c == '"') {
                i = readQuoted(text, i + 1, cell);
                cellStart = false;
                continue;
            }
            cellStart = false;
            if (c == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                cellStart = true;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (!cellStart || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Reads a quoted cell's content into {@code cell}; returns the index after the closing quote. */
    private static int readQuoted(String text, int from, StringBuilder cell) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            cell.append(c);
            i++;
        }
        return i; // no closing quote: take the rest as the cell
    }
}
