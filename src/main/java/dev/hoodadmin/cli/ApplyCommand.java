package dev.hoodadmin.cli;

import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.CurrentValuesReader;
import dev.hoodadmin.engine.FieldEdit;
import dev.hoodadmin.engine.ImportPreview;
import dev.hoodadmin.engine.NewPropertyCheck;
import dev.hoodadmin.outbox.EditRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code apply --input EDITS.csv}: sends a file of edits through the durable outbox and the rate budget. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Apply a CSV file of edits to profile properties.",
                "Two forms are accepted, told apart by the header: id,field,value with one row per changed field "
                        + "(several rows per id are fine; a later row for the same field wins), or the file `export` "
                        + "writes (one row per property, a column per field; also as a spreadsheet saved it, with "
                        + "; as separator where the header uses it), of which only the changed cells are sent. "
                        + "Fields: example, description, export_alias, pi_data, importable, exportable; flags take 0 "
                        + "or 1. Values are sent exactly as written. Rows for system properties, unknown ids, unknown "
                        + "fields or a second row for one id are refused and reported; a broken CSV stops everything "
                        + "before anything is sent.",
                "--dry-run prints what would change (per field before → after, unchanged and refused rows, "
                        + "requests and time) and sends nothing: exit 0 when nothing would be refused, else 1.",
                "The token is read from HOOD_API_TOKEN only. Edits are kept in the state folder until the server "
                        + "has them: after a crash or a refused token, run `hood-admin resume`."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every edit applied", "1:some rows refused, or edits rejected or failed",
                "2:usage or configuration error (nothing sent)", "3:the server refused the token (edits kept)"})
public final class ApplyCommand extends CliCommand {

    @Option(names = "--input", required = true, paramLabel = "EDITS.csv", description = "The CSV file of edits.")
    Path input;

    @Option(names = "--dry-run", description = "Print the preview of what would change and send nothing.")
    boolean dryRun;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "How --dry-run prints the preview: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    PreviewPrinter.Format format;

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
        ImportFiles.Rows file;
        try {
            file = ImportFiles.read(input);
        } catch (ImportFiles.UnreadableFile e) {
            throw CliException.usage(e.getMessage() + ". Nothing was sent.");
        }
        String source = file.source();
        try (AccountWorkspace workspace = account.open(environment)) {
            if (!dryRun && !file.wide()) {
                workspace.staged().add(file.edits());
                return new EditRun(environment, workspace, err()).run(file.refusals());
            }
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
                    throw CliException.usage(source + ": " + e.getMessage() + ". Nothing was sent.");
                }
                created = new CreationRun(workspace, out(), err()).run(List.of());
            }
            // an export names every field of every property: only the changed cells are staged and sent
            workspace.staged().add(preview.edits(source));
            return Math.max(created, new EditRun(environment, workspace, err()).run(preview.refusals(), preview.unchanged()));
        }
    }

    private static ImportPreview.Result preview(AccountWorkspace workspace, ImportFiles.Rows file)
            throws CliException, InterruptedException {
        Map<String, ProfileProperty> current;
        try {
            current = new CurrentValuesReader(workspace.client(), PropertyPager.Pause.REAL)
                    .read(file.edits().stream().map(FieldEdit::propertyId).toList());
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
}
