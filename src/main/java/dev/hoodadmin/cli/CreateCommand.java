package dev.hoodadmin.cli;

import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.NewPropertyCheck;
import dev.hoodadmin.outbox.EditRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code create --input NEW.csv}: creates custom properties through the durable outbox, each exactly once. */
@Command(name = "create", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Create custom profile properties from a CSV file.",
                "The header names label (required) and any of data_type, example, description, export_alias, pi_data, "
                        + "importable, exportable; one row per new property. data_type is text (the default when "
                        + "empty), number or date; flags take 0 or 1; an empty cell leaves the field to the server's "
                        + "default. Values are sent exactly as written. A row without a label, with a label the account "
                        + "already has (or another row has), an undocumented data type or a bad flag is refused with "
                        + "its line; a broken CSV stops everything before anything is sent.",
                "A creation whose answer was lost is never sent blindly again: the label is looked up first. "
                        + "Created ids are printed on stdout. After a crash or a refused token, run `hood-admin resume`."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every property created", "1:some rows refused, or creations rejected or failed",
                "2:usage or configuration error (nothing sent)", "3:the server refused the token (creations kept)"})
public final class CreateCommand extends CliCommand {

    @Option(names = "--input", required = true, paramLabel = "NEW.csv", description = "The CSV file of new properties.")
    Path input;

    public CreateCommand() {
        this(CliEnvironment.system());
    }

    CreateCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    protected int run() throws CliException, InterruptedException {
        String source = InputFile.name(input);
        List<NewPropertiesCsvReader.Row> rows = readRows(source);
        try (AccountWorkspace workspace = account.open(environment)) {
            readLabels(workspace);
            NewPropertyCheck check = workspace.newPropertyCheck();
            List<NewProperty> accepted = new ArrayList<>();
            List<String> refusals = new ArrayList<>();
            for (NewPropertiesCsvReader.Row row : rows) {
                NewProperty property = new NewProperty(row.label() == null ? "" : row.label(), row.dataType(), row.values());
                Optional<String> problem = check.problem(property).map(TerminalText::neutralise);
                if (problem.isPresent()) {
                    refusals.add("refused  " + source + " line " + row.line() + "  label " + TerminalText.neutralise(property.label())
                            + ": " + problem.get());
                } else {
                    check.reserve(property.label());
                    accepted.add(property);
                }
            }
            try {
                workspace.creations().enqueue(accepted);
            } catch (EditRefusedException e) {
                throw CliException.usage(source + ": " + e.getMessage() + ". Nothing was sent.");
            }
            return new CreationRun(workspace, out(), err()).run(refusals);
        }
    }

    /** Labels must be unique in the account: the kept copy brought up to date (only changes are read). */
    static void readLabels(AccountWorkspace workspace) throws CliException, InterruptedException {
        workspace.properties().openFromCopy();
        try {
            workspace.properties().refresh((rows, loaded, total) -> { });
        } catch (HoodApiException e) {
            throw CliException.request("reading the account's labels", e);
        }
    }

    private List<NewPropertiesCsvReader.Row> readRows(String source) throws CliException {
        byte[] content = InputFile.read(input);
        try {
            return NewPropertiesCsvReader.parse(content);
        } catch (CsvFormatException e) {
            throw CliException.usage(source + " " + e.getMessage() + ". Nothing was sent.");
        }
    }
}
