package dev.hoodadmin.cli;

import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditRefusedException;
import dev.hoodadmin.outbox.Outbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

/** {@code drop --id N}: removes a property's edits from the outbox; they are never sent. */
@Command(name = "drop", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Remove the edits of the given properties from the outbox (pending, rejected or failed); "
                + "they are never sent. Nothing is sent and no request is made.",
                "Use the same --account (or --api-url) and --state-dir as the apply."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every edit of the given ids removed", "1:an id had no edit, or its edit is being sent",
                "2:usage or configuration error"})
public final class DropCommand extends CliCommand {

    @Option(names = "--id", required = true, paramLabel = "ID",
            description = "A property id whose edits to remove (repeatable), as `resume` and `outbox list` show it.")
    List<String> ids;

    public DropCommand() {
        this(CliEnvironment.system());
    }

    DropCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    protected int run() throws CliException {
        try (AccountWorkspace workspace = account.open(environment)) {
            Outbox outbox = workspace.outbox();
            int exitCode = ExitCodes.OK;
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
