package dev.hoodadmin.cli;

import dev.hoodadmin.api.ProfileProperty;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Writing properties to a file for the window's Export… with the same formats as {@code list} and {@code export}:
 * spreadsheet-safe CSV (UTF-8; "for Excel" adds a byte order mark so Excel reads it as UTF-8) or JSON. The file
 * appears only once complete.
 */
public final class ExportFiles {
    public enum Format { CSV, CSV_FOR_EXCEL, JSON }

    private static final int PROGRESS_STEP = 200;

    private ExportFiles() {
    }

    /** The export's column names ({@code id}, {@code label}, …), in file order. */
    public static List<String> columns() {
        return Arrays.stream(PropertyColumn.values()).map(PropertyColumn::header).toList();
    }

    /**
     * @param columns  the column names to write, in the export's order whatever the order given; {@code id} always
     * @param progress hears the number of rows written so far
     */
    public static void write(List<ProfileProperty> rows, List<String> columns, Format format, Path target,
                             IntConsumer progress) throws IOException {
        List<PropertyColumn> chosen = new ArrayList<>();
        for (PropertyColumn column : PropertyColumn.values()) {
            if (column == PropertyColumn.ID || columns.contains(column.header())) chosen.add(column);
        }
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
        try {
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                if (format == Format.CSV_FOR_EXCEL) writer.write('\uFEFF');
                PropertySink sink = format == Format.JSON ? PropertySink.json(writer, chosen) : PropertySink.csv(writer, chosen);
                sink.begin();
                for (int from = 0; from < rows.size(); from += PROGRESS_STEP) {
                    int to = Math.min(rows.size(), from + PROGRESS_STEP);
                    sink.write(rows.subList(from, to));
                    progress.accept(to);
                }
                sink.end();
            }
            ExportCommand.moveIntoPlace(partial, absolute);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
