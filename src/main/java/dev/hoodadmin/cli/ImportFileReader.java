package dev.hoodadmin.cli;

import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.engine.ImportPreview;
import dev.hoodadmin.engine.Refusal;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the two accepted files apart by their header and maps both to rows of {@code id,field,value}:
 * the long form ({@code id,field,value}, read by {@link EditsCsvReader}) and the app's own export (wide: one row
 * per property, a column per field, as {@code export} writes it). A spreadsheet's copy of the export reads the
 * same: a byte order mark, CRLF, quoted line breaks, and {@code ;} as the separator when the header uses it.
 * In the wide form only the updatable columns matter (the others are the export's context), the export's
 * spreadsheet-safe {@code '} before {@code = + - @} is taken off again, and a second row for an id is refused
 * with both lines. A row with no id and a label creates a property.
 */
final class ImportFileReader {
    enum Format { LONG, WIDE }

    /** The rows to check, the rows that create a property (wide form only), and the rows refused while reading (duplicate ids). */
    record ImportFile(Format format, List<CsvRow> rows, List<ImportPreview.NewRow> creations, List<Refusal> refusals) {
    }

    static final String DUPLICATE_FIELD = "row";
    private static final Set<String> EXPORT_COLUMNS = Arrays.stream(PropertyColumn.values()).map(PropertyColumn::header)
            .collect(Collectors.toSet());

    private ImportFileReader() {
    }

    static ImportFile read(String source, byte[] content) throws CsvFormatException {
        String text = HeaderedCsv.text(content);
        String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char separator = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        List<String> header = List.of(firstLine.split(String.valueOf(separator), -1));
        if (separator == ',' && header.size() == 3 && Set.copyOf(header).equals(Set.copyOf(EditsCsvReader.HEADER))) {
            return new ImportFile(Format.LONG, EditsCsvReader.parse(content), List.of(), List.of());
        }
        return wide(source, text, separator);
    }

    private static ImportFile wide(String source, String text, char separator) throws CsvFormatException {
        List<CsvRow> rows = new ArrayList<>();
        List<ImportPreview.NewRow> creations = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        HeaderedCsv.read(text, separator, ImportFileReader::wideHeader, (header, record, line) -> {
            String id = record.get(header.indexOf("id"));
            String label = header.contains("label") ? record.get(header.indexOf("label")) : "";
            if (id.isEmpty() && !label.isEmpty()) {
                creations.add(new ImportPreview.NewRow(source, line, newProperty(header, record)));
                return;
            }
            Integer first = id.isEmpty() ? null : lineOfId.putIfAbsent(id, line);
            if (first != null) {
                refusals.add(new Refusal(source, line, id, DUPLICATE_FIELD,
                        "duplicate id: the same property is on line " + first + " (this row is not sent)"));
                return;
            }
            for (int i = 0; i < header.size(); i++) {
                if (UpdatableField.fromWireName(header.get(i)).isPresent()) {
                    rows.add(new CsvRow(line, id, header.get(i), unneutralise(record.get(i))));
                }
            }
        });
        return new ImportFile(Format.WIDE, rows, creations, refusals);
    }

    /** A row with no id and a label: its label, data type and the updatable cells that are not empty. */
    private static NewProperty newProperty(List<String> header, CSVRecord record) {
        Map<UpdatableField, String> values = new EnumMap<>(UpdatableField.class);
        String dataType = null;
        for (int i = 0; i < header.size(); i++) {
            String cell = unneutralise(record.get(i));
            if (header.get(i).equals("data_type")) dataType = cell;
            UpdatableField.fromWireName(header.get(i)).filter(field -> !cell.isEmpty()).ifPresent(field -> values.put(field, cell));
        }
        return new NewProperty(unneutralise(record.get(header.indexOf("label"))), dataType, values);
    }

    private static List<String> wideHeader(CSVRecord record, int line) throws CsvFormatException {
        List<String> names = record.toList();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!EXPORT_COLUMNS.contains(name)) {
                throw new CsvFormatException(line, "unknown column '" + name + "'; expected id,field,value or the columns "
                        + "of an export (" + String.join(",", Arrays.stream(PropertyColumn.values()).map(PropertyColumn::header).toList()) + ")");
            }
            if (!seen.add(name)) throw new CsvFormatException(line, "the column '" + name + "' appears twice");
        }
        if (!seen.contains("id")) throw new CsvFormatException(line, "the header needs an id column");
        return names;
    }

    /** The inverse of {@link SafeCsvWriter#neutralise}: the export's {@code '} before a formula character. */
    static String unneutralise(String cell) {
        if (cell.length() < 2 || cell.charAt(0) != '\'') return cell;
        String rest = cell.substring(1);
        return SafeCsvWriter.neutralise(rest).equals(cell) ? rest : cell;
    }
}
