package dev.hoodadmin.cli;

import dev.hoodadmin.engine.AccountWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code apply --input EDITS.csv}: sends a file of edits through the durable outbox and the rate budget. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Apply a CSV file of edits to profile properties.",
                "The file has the header id,field,value and one row per changed field (several rows per id "
                        + "are fine; a later row for the same field wins). Fields: example, description, "
                        + "export_alias, pi_data, importable, exportable; flags take 0 or 1. Values are sent "
                        + "exactly as written. Rows for system properties, unknown ids, ids the server refuses, unknown "
                        + "fields or values over 100000 characters are refused and reported, each on its own; the other "
                        + "rows are sent. A broken CSV stops everything before anything is sent.",
                "The token is read from HOOD_API_TOKEN only. Edits are kept in the state folder until the server "
                        + "has them: after a crash or a refused token, run `hood-admin resume`."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every edit applied", "1:some rows refused, or edits rejected or failed (`hood-admin resume` lists them)",
                "2:usage or configuration error: bad option, unreadable or broken CSV, missing token, bad URL (nothing sent)", "3:the server refused the token (edits kept)"})
public final class ApplyCommand extends CliCommand {

    @Option(names = "--input", required = true, paramLabel = "EDITS.csv", description = "The CSV file of edits.")
    Path input;

    public ApplyCommand() {
        this(CliEnvironment.system());
    }

    ApplyCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    protected int run() throws CliException, InterruptedException {
        String source = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        try (InputStream content = open(); AccountWorkspace workspace = account.open(environment)) {
            RefusalLines refusals = new RefusalLines(err());
            try {
                workspace.staged().<IOException>addAll(staged -> EditsCsvReader.read(content,
                        row -> RowChecker.check(source, row, refusals).ifPresent(staged)));
            } catch (CsvFormatException e) {
                throw CliException.usage(TerminalText.sentence(TerminalText.value(source) + " " + e.getMessage())
                        + " Nothing was sent.");
            }
            return new EditRun(environment, workspace, err()).run(refusals, EditRun.Stopped.THIS_RUN);
        } catch (IOException e) {
            throw CliException.usage(TerminalText.sentence("cannot read " + TerminalText.value(input.toString()) + ": "
                    + e.getMessage()) + " Nothing was sent.");
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
