package dev.hoodadmin.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV file with a header row, read record by record with the line each starts on: UTF-8 (a byte order mark
 * is skipped), RFC 4180 quoting, blank lines skipped, every row as wide as the header. Errors name the line.
 */
final class HeaderedCsv {
    /** Checks the header and returns the column names. */
    interface Header {
        List<String> read(CSVRecord record, int line) throws CsvFormatException;
    }

    /** Takes one data row, as wide as the header. */
    interface Row {
        void read(List<String> header, CSVRecord record, int line) throws CsvFormatException;
    }

    private HeaderedCsv() {
    }

    /** The file's text without a byte order mark (Excel's "CSV UTF-8" writes one). */
    static String text(byte[] content) throws CsvFormatException {
        String text = EditsCsvReader.decode(content);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    static void read(String text, char separator, Header header, Row row) throws CsvFormatException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> columns = null;
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record = EditsCsvReader.next(records, line);
                if (record == null) break;
                if (record.size() == 0 || record.size() == 1 && record.get(0).isEmpty()) continue;
                if (columns == null) {
                    columns = header.read(record, line);
                    continue;
                }
                if (record.size() != columns.size()) {
                    throw new CsvFormatException(line, "expected " + columns.size() + " values but found " + record.size()
                            + "; a value containing the separator, a quote or a line break must be in double quotes");
                }
                row.read(columns, record, line);
            }
            if (columns == null) throw new CsvFormatException(1, "the file is empty; expected a header");
        } catch (CsvFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a string does not fail
        }
    }
}
