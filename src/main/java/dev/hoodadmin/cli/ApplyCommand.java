package dev.hoodadmin.cli;

import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.FieldEdit;
import dev.hoodadmin.engine.ImportPreview;
import dev.hoodadmin.engine.NewPropertyCheck;
import dev.hoodadmin.outbox.EditRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code apply --input FILE.csv}: sends a file of changes through the durable outbox and the rate budget. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Apply a CSV file of edits to profile properties.",
                "Two forms are accepted, told apart by the header: id,field,value with one row per changed field "
                        + "(several rows per id are fine; a later row for the same field wins; read as a stream, so "
                        + "any size), or the file `export` writes (one row per property, a column per field; also as "
                        + "a spreadsheet saved it, with ; as separator where the header uses it), of which only the "
                        + "changed cells are sent. Fields: example, description, export_alias, pi_data, importable, "
                        + "exportable; flags take 0 or 1. Values are sent exactly as written. Rows for system "
                        + "properties, unknown ids, ids the server refuses, unknown fields, values over 100000 "
                        + "characters or a second row for one id are refused and reported, each on its own; the "
                        + "other rows are sent. A broken CSV stops everything before anything is sent.",
                "--dry-run prints what would change (per field before → after, unchanged and refused rows, "
                        + "requests and time) and sends nothing: exit 0 when nothing would be refused, else 1.",
                "The token is read from HOOD_API_TOKEN only. Edits are kept in the state folder until the server "
                        + "has them: after a crash or a refused token, run `hood-admin resume`."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every edit applied", "1:some rows refused, or edits rejected, failed or in conflict (`hood-admin resume` lists them)",
                "2:usage or configuration error: bad option, unreadable or broken CSV, missing token, bad URL (nothing sent)", "3:the server refused the token (edits kept)"})
public final class ApplyCommand extends CliCommand {
    private static final String LONG_HEADER = String.join(",", EditsCsvReader.HEADER);

    @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "The CSV file of changes.")
    Path input;

    @Option(names = "--dry-run", description = "Print the preview of what would change and send nothing.")
    boolean dryRun;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "How --dry-run prints the preview: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    PreviewPrinter.Format format;

    @Option(names = "--overwrite", description = "Send edits whose fields were changed on the server since they were "
            + "read (conflicts) anyway, replacing those values. Without it they are listed and not sent.")
    boolean overwrite;

    public ApplyCommand() {
        this(CliEnvironment.system());
    }

    ApplyCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    protected int run() throws CliException, InterruptedException {
        // the long form is streamed (a file of any size); an export and a preview need the whole file
        return !dryRun && isLongForm() ? applyStreamed() : applyWithPreview();
    }

    private int applyStreamed() throws CliException, InterruptedException {
        String source = InputFile.name(input);
        try (InputStream content = open(); AccountWorkspace workspace = account.open(environment)) {
            RefusalLines refusals = new RefusalLines(err());
            try {
                workspace.staged().<IOException>addAll(staged -> EditsCsvReader.read(content,
                        row -> RowChecker.check(source, row, refusals).ifPresent(staged)));
            } catch (CsvFormatException e) {
                throw CliException.usage(TerminalText.sentence(TerminalText.value(source) + " " + e.getMessage())
                        + " Nothing was sent.");
            }
            return new EditRun(environment, workspace, err()).run(refusals, EditRun.Stopped.THIS_RUN, overwrite, 0);
        } catch (IOException e) {
            throw CliException.usage(TerminalText.sentence("cannot read " + TerminalText.value(input.toString()) + ": "
                    + e.getMessage()) + " Nothing was sent.");
        }
    }

    private int applyWithPreview() throws CliException, InterruptedException {
        ImportFiles.Rows file;
        try {
            file = ImportFiles.read(input);
        } catch (ImportFiles.UnreadableFile e) {
            throw CliException.usage(TerminalText.sentence(e.getMessage()) + " Nothing was sent.");
        }
        String source = file.source();
        try (AccountWorkspace workspace = account.open(environment)) {
            ImportPreview.Result preview = preview(workspace, file);
            if (dryRun) {
                new PreviewPrinter(out()).print(source, preview, format);
                return preview.hasRefusals() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
            }
            int created = ExitCodes.OK;
            if (!preview.creations().isEmpty()) {
                try {
                    workspace.creations().enqueue(preview.newProperties());
                } catch (EditRefusedException e) {
                    throw CliException.usage(TerminalText.sentence(source + ": " + e.getMessage()) + " Nothing was sent.");
                }
                created = new CreationRun(workspace, out(), err()).run(List.of());
            }
            // an export names every field of every property: only the changed cells are staged and sent
            workspace.staged().add(preview.edits(source));
            RefusalLines refusals = new RefusalLines(err());
            preview.refusals().forEach(refusals);
            return Math.max(created, new EditRun(environment, workspace, err())
                    .run(refusals, EditRun.Stopped.THIS_RUN, overwrite, preview.unchanged()));
        }
    }

    private static ImportPreview.Result preview(AccountWorkspace workspace, ImportFiles.Rows file)
            throws CliException, InterruptedException {
        Map<String, ProfileProperty> current;
        try {
            current = workspace.currentValues(file.edits().stream().map(FieldEdit::propertyId).toList());
        } catch (HoodApiException e) {
            throw CliException.request("reading the current values (nothing was sent)", e);
        }
        NewPropertyCheck check = null;
        if (!file.creations().isEmpty()) {
            CreateCommand.readLabels(workspace);
            check = workspace.newPropertyCheck();
        }
        return ImportPreview.build(file.edits(), file.creations(), check, file.refusals(), current,
                requests -> workspace.budget().map(budget -> budget.estimateDuration(requests)));
    }

    /** Whether the file starts with the header {@code id,field,value} (after a byte order mark). */
    private boolean isLongForm() throws CliException {
        try (InputStream content = open()) {
            byte[] start = content.readNBytes(LONG_HEADER.length() + 8);
            String text = new String(start, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return text.startsWith(LONG_HEADER) && (text.length() == LONG_HEADER.length()
                    || text.charAt(LONG_HEADER.length()) == '\r' || text.charAt(LONG_HEADER.length()) == '\n');
        } catch (IOException e) {
            throw CliException.usage("cannot read " + TerminalText.value(input.toString()) + ": " + e.getMessage());
        }
    }

    private InputStream open() throws CliException {
        try {
            return new BufferedInputStream(Files.newInputStream(input));
        } catch (NoSuchFileException e) {
            throw CliException.usage("cannot read " + TerminalText.value(input.toString()) + ": no such file");
        } catch (IOException e) {
            throw CliException.usage("cannot read " + TerminalText.value(input.toString()) + ": " + e.getMessage());
        }
    }
}
