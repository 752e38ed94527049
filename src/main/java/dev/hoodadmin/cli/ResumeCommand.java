package dev.hoodadmin.cli;

import dev.hoodadmin.engine.AccountWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

/** {@code resume}: sends what an earlier apply or create left behind (a crash, a refused token, no network). */
@Command(name = "resume", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Send the edits an earlier `apply` (and the properties an earlier `create`) left pending for this API URL "
                + "(after a crash, a kill, a refused token or a network failure).",
                "Use the same --account (or --api-url) and --state-dir as the apply. The token is read from HOOD_API_TOKEN only."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every edit applied (or nothing was pending)", "1:some edits rejected or failed",
                "2:usage or configuration error", "3:the server refused the token (edits kept)"})
public final class ResumeCommand extends CliCommand {

    @Mixin
    AccountOptions account = new AccountOptions();

    public ResumeCommand() {
        this(CliEnvironment.system());
    }

    ResumeCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    protected int run() throws CliException, InterruptedException {
        try (AccountWorkspace workspace = account.open(environment)) {
            // creations first: the edit run below stops the worker once the edits are done
            int creations = workspace.creations().hasActive()
                    ? new CreationRun(workspace, out(), err()).run(List.of()) : ExitCodes.OK;
            int edits = new EditRun(environment, workspace, err()).run(List.of());
            return Math.max(creations, edits);
        }
    }
}
