package dev.hoodadmin.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads an edits file as a stream: UTF-8 CSV (RFC 4180: quoted values, doubled quotes, commas and line breaks
 * inside quotes) with the header {@code id,field,value} (in any order). Values are kept exactly as written,
 * spaces included. Blank lines are skipped. Each row is handed on as it is read, so a file of any size takes
 * little memory; a broken row stops the reading with the line it starts on (the caller decides what becomes
 * of the rows before it).
 */
final class EditsCsvReader {
    static final List<String> HEADER = List.of("id", "field", "value");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false) // keeps the parser's line count true; blank rows are skipped below
            .get();

    private EditsCsvReader() {
    }

    /** Every row of a whole file in memory (for small inputs and tests). */
    static List<CsvRow> parse(byte[] content) throws CsvFormatException {
        List<CsvRow> rows = new ArrayList<>();
        try {
            read(new ByteArrayInputStream(content), rows::add);
        } catch (CsvFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory does not fail
        }
        return rows;
    }

    /**
     * Hands each data row to {@code rows} in file order.
     *
     * @throws CsvFormatException at the first row that is not valid CSV, or bytes that are not UTF-8
     * @throws IOException        when the file cannot be read
     */
    static void read(InputStream content, Consumer<CsvRow> rows) throws CsvFormatException, IOException {
        PushbackReader text = new PushbackReader(new StrictUtf8Reader(content), 1);
        int first = readFirst(text);
        if (first >= 0 && first != BYTE_ORDER_MARK) text.unread(first); // Excel's "CSV UTF-8" starts with one
        try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            int[] columns = null;
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record = next(records, line);
                if (record == null) break;
                if (isBlank(record)) continue;
                if (columns == null) {
                    columns = headerColumns(record, line);
                    continue;
                }
                if (record.size() != HEADER.size()) {
                    throw new CsvFormatException(line, "expected 3 values (id,field,value) but found " + record.size()
                            + "; a value containing a comma, quote or line break must be in double quotes");
                }
                rows.accept(new CsvRow(line, record.get(columns[0]), record.get(columns[1]), record.get(columns[2])));
            }
            if (columns == null) throw new CsvFormatException(1, "the file is empty; expected the header id,field,value");
        }
    }

    private static int readFirst(PushbackReader text) throws CsvFormatException, IOException {
        try {
            return text.read();
        } catch (StrictUtf8Reader.NotUtf8 e) {
            throw notUtf8(e.line);
        }
    }

    static CSVRecord next(Iterator<CSVRecord> records, int line) throws CsvFormatException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof StrictUtf8Reader.NotUtf8 notUtf8) throw notUtf8(notUtf8.line);
            String detail = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            if (detail.contains("EOF reached before encapsulated token finished")) {
                throw new CsvFormatException(line, "a quoted value is never closed (missing \")");
            }
            if (detail.contains("Invalid character between encapsulated token and delimiter")) {
                throw new CsvFormatException(line, "text follows a closing quote; write a quote inside a quoted value as \"\"");
            }
            throw new CsvFormatException(line, "not valid CSV (" + TerminalText.value(detail) + ")");
        }
    }

    private static CsvFormatException notUtf8(int line) {
        return new CsvFormatException(line, "the file is not UTF-8 text; save it as \"CSV UTF-8\"");
    }

    private static int[] headerColumns(CSVRecord header, int line) throws CsvFormatException {
        List<String> names = header.toList();
        if (names.size() != HEADER.size() || !Set.copyOf(names).equals(Set.copyOf(HEADER))) {
            throw new CsvFormatException(line, "the header must be id,field,value but is "
                    + TerminalText.value(String.join(",", names)));
        }
        return HEADER.stream().mapToInt(names::indexOf).toArray();
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 0 || record.size() == 1 && record.get(0).isEmpty();
    }

    static String decode(byte[] content) throws CsvFormatException {
        ByteBuffer input = ByteBuffer.wrap(content);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(input).toString();
        } catch (CharacterCodingException e) {
            // the decoder stops at the first byte that is not UTF-8
            int line = 1;
            for (int i = 0; i < input.position(); i++) {
                if (content[i] == '\n') line++;
            }
            throw new CsvFormatException(line, "the file is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
    }
}
