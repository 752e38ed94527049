package dev.hoodadmin.cli;

import dev.hoodadmin.api.UpdatableField;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a file of properties to create: UTF-8 CSV with a header naming {@code label} and any of
 * {@code data_type,example,description,export_alias,pi_data,importable,exportable}, in any order. Values are
 * kept exactly as written; an empty cell leaves the field to the server's default. Blank lines are skipped;
 * a broken row stops everything, with its line.
 */
final class NewPropertiesCsvReader {
    static final List<String> COLUMNS = List.of("label", "data_type", "example", "description", "export_alias",
            "pi_data", "importable", "exportable");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** One data row, exactly as written; {@code values} holds the non-empty updatable cells. */
    record Row(int line, String label, String dataType, Map<UpdatableField, String> values) {
    }

    private NewPropertiesCsvReader() {
    }

    static List<Row> parse(byte[] content) throws CsvFormatException {
        String text = EditsCsvReader.decode(content);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = null;
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record = EditsCsvReader.next(records, line);
                if (record == null) break;
                if (record.size() == 0 || record.size() == 1 && record.get(0).isEmpty()) continue;
                if (header == null) {
                    header = header(record, line);
                    continue;
                }
                if (record.size() != header.size()) {
                    throw new CsvFormatException(line, "expected " + header.size() + " values but found " + record.size()
                            + "; a value containing a comma, quote or line break must be in double quotes");
                }
                rows.add(row(header, record, line));
            }
            if (header == null) throw new CsvFormatException(1, "the file is empty; expected a header with label");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a string does not fail
        }
        return rows;
    }

    private static List<String> header(CSVRecord record, int line) throws CsvFormatException {
        List<String> names = record.toList();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!COLUMNS.contains(name)) {
                throw new CsvFormatException(line, "unknown column '" + name + "'; the columns are " + String.join(",", COLUMNS));
            }
            if (!seen.add(name)) throw new CsvFormatException(line, "the column '" + name + "' appears twice");
        }
        if (!seen.contains("label")) throw new CsvFormatException(line, "the header needs a label column");
        return names;
    }

    private static Row row(List<String> header, CSVRecord record, int line) {
        String label = null;
        String dataType = null;
        Map<UpdatableField, String> values = new EnumMap<>(UpdatableField.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String value = record.get(i);
            if (name.equals("label")) label = value;
            else if (name.equals("data_type")) dataType = value;
            else if (!value.isEmpty()) values.put(UpdatableField.fromWireName(name).orElseThrow(), value);
        }
        return new Row(line, label, dataType, values);
    }
}
