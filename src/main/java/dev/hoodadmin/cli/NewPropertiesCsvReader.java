package dev.hoodadmin.cli;

import dev.hoodadmin.api.UpdatableField;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
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

    /** One data row, exactly as written; {@code values} holds the non-empty updatable cells. */
    record Row(int line, String label, String dataType, Map<UpdatableField, String> values) {
    }

    private NewPropertiesCsvReader() {
    }

    static List<Row> parse(byte[] content) throws CsvFormatException {
        List<Row> rows = new ArrayList<>();
        HeaderedCsv.read(HeaderedCsv.text(content), ',', NewPropertiesCsvReader::header,
                (header, record, line) -> rows.add(row(header, record, line)));
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
