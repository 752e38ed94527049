package dev.hoodadmin.cli;

import dev.hoodadmin.engine.FieldEdit;
import dev.hoodadmin.engine.ImportPreview;
import dev.hoodadmin.engine.Refusal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading a file of changes for {@code apply} and for the window's Import changes…: either accepted form
 * (see {@link ImportFileReader}), checked row by row ({@link RowChecker}). The window calls this public entry
 * point so both faces read files with the same code.
 */
public final class ImportFiles {
    /**
     * @param wide     the app's own export (one row per property) rather than {@code id,field,value}
     * @param edits    the rows that passed the file checks, in file order
     * @param creations rows with no id and a label (wide form): properties to create
     * @param refusals the rows refused while reading (invalid values, unknown fields, duplicate ids)
     */
    public record Rows(String source, boolean wide, List<FieldEdit> edits, List<ImportPreview.NewRow> creations,
                       List<Refusal> refusals) {
        public Rows {
            edits = List.copyOf(edits);
            creations = List.copyOf(creations);
            refusals = List.copyOf(refusals);
        }
    }

    /** The file cannot be used at all (unreadable, not UTF-8, broken CSV); the message is one line for the person. */
    public static final class UnreadableFile extends Exception {
        UnreadableFile(String message) {
            super(message);
        }
    }

    private ImportFiles() {
    }

    public static Rows read(Path file) throws UnreadableFile {
        String source = InputFile.name(file);
        ImportFileReader.ImportFile parsed;
        try {
            parsed = ImportFileReader.read(source, InputFile.read(file));
        } catch (CliException e) {
            throw new UnreadableFile(e.getMessage());
        } catch (CsvFormatException e) {
            throw new UnreadableFile(source + " " + e.getMessage());
        }
        RowChecker.Result checked = RowChecker.check(source, parsed.rows());
        List<Refusal> refusals = new ArrayList<>(parsed.refusals());
        refusals.addAll(checked.refusals());
        return new Rows(source, parsed.format() == ImportFileReader.Format.WIDE, checked.edits(), parsed.creations(),
                refusals);
    }
}
