package dev.hoodadmin.cli;

import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.outbox.Creation;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditRefusedException;
import dev.hoodadmin.outbox.Outbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

/**
 * {@code drop --id N}: removes a property's edits from the outbox; {@code drop --label L}: a new property the server
 * refused or that failed. They are never sent.
 */
@Command(name = "drop", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Remove the edits of the given properties from the outbox (pending, rejected or failed), "
                + "or new properties that were rejected or failed; they are never sent. Nothing is sent and no "
                + "request is made.",
                "Use the same --account (or --api-url) and --state-dir as the apply."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every edit of the given ids and every new property of the given labels removed",
                "1:an id had no edit, or its edit is being sent; or a label had no rejected or failed new property",
                "2:usage or configuration error"})
public final class DropCommand extends CliCommand {

    @Option(names = "--id", paramLabel = "ID",
            description = "A property id whose edits to remove (repeatable), as `resume` and `outbox list` show it.")
    List<String> ids = List.of();

    @Option(names = "--label", paramLabel = "LABEL",
            description = "The label of a rejected or failed new property to remove (repeatable), as `resume` shows it.")
    List<String> labels = List.of();

    public DropCommand() {
        this(CliEnvironment.system());
    }

    DropCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    protected int run() throws CliException {
        if (ids.isEmpty() && labels.isEmpty()) throw CliException.usage("give --id ID or --label LABEL (or several)");
        try (AccountWorkspace workspace = account.open(environment)) {
            Outbox outbox = workspace.outbox();
            int exitCode = ExitCodes.OK;
            for (String label : labels) {
                List<Creation> removed = workspace.creations().discardStopped(label);
                if (removed.isEmpty()) {
                    err().println("no rejected or failed new property labelled " + TerminalText.value(label));
                    exitCode = ExitCodes.SOME_FAILED;
                }
                removed.forEach(creation -> err().println("dropped  label " + TerminalText.value(label)
                        + "  (" + creation.state().name().toLowerCase(Locale.ROOT) + ")"));
            }
            for (String id : ids) {
                List<Edit> edits = outbox.list().stream().filter(edit -> edit.propertyId().equals(id)).toList();
                if (edits.isEmpty()) {
                    err().println("no edit of id " + TerminalText.value(id) + " in the outbox");
                    exitCode = ExitCodes.SOME_FAILED;
                }
                for (Edit edit : edits) {
                    try {
                        outbox.discard(edit.id());
                        err().println("dropped  id " + TerminalText.value(id) + "  fields " + DrainReporter.fields(edit)
                                + "  (" + edit.state().name().toLowerCase(Locale.ROOT) + ")");
                    } catch (EditRefusedException e) {
                        err().println("kept  id " + TerminalText.value(id) + ": " + e.getMessage());
                        exitCode = ExitCodes.SOME_FAILED;
                    }
                }
            }
            return exitCode;
        }
    }
}
