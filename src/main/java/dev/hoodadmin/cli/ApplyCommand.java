package dev.hoodadmin.cli;

import dev.hoodadmin.engine.AccountWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** {@code apply --input EDITS.csv}: sends a file of edits through the durable outbox and the rate budget. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Apply a CSV file of edits to profile properties.",
                "The file has the header id,field,value and one row per changed field (several rows per id "
                        + "are fine; a later row for the same field wins). Fields: example, description, "
                        + "export_alias, pi_data, importable, exportable; flags take 0 or 1. Values are sent "
                        + "exactly as written. Rows for system properties, unknown ids or unknown fields are "
                        + "refused and reported; a broken CSV stops everything before anything is sent.",
                "The token is read from HOOD_API_TOKEN only. Edits are kept in the state folder until the server "
                        + "has them: after a crash or a refused token, run `hood-admin resume`."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every edit applied", "1:some rows refused, or edits rejected, failed or in conflict",
                "2:usage or configuration error (nothing sent)", "3:the server refused the token (edits kept)"})
public final class ApplyCommand extends CliCommand {

    @Option(names = "--input", required = true, paramLabel = "EDITS.csv", description = "The CSV file of edits.")
    Path input;

    @Option(names = "--overwrite", description = "Send edits whose fields were changed on the server since they were "
            + "read (conflicts) anyway, replacing those values. Without it they are listed and not sent.")
    boolean overwrite;

    @Mixin
    AccountOptions account = new AccountOptions();

    public ApplyCommand() {
        this(CliEnvironment.system());
    }

    ApplyCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    protected int run() throws CliException, InterruptedException {
        String source = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        List<CsvRow> rows = readRows(source);
        RowChecker.Result checked = RowChecker.check(source, rows);
        try (AccountWorkspace workspace = account.open(environment)) {
            workspace.staged().add(checked.edits());
            return new EditRun(environment, workspace, err()).run(checked.refusals(), overwrite);
        }
    }

    private List<CsvRow> readRows(String source) throws CliException {
        byte[] content;
        try {
            content = Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            throw CliException.usage("cannot read " + input + ": no such file");
        } catch (IOException e) {
            throw CliException.usage("cannot read " + input + ": " + e.getMessage());
        }
        try {
            return EditsCsvReader.parse(content);
        } catch (CsvFormatException e) {
            throw CliException.usage(source + " " + e.getMessage() + ". Nothing was sent.");
        }
    }
}
