package dev.hoodadmin.cli;

import dev.hoodadmin.engine.AccountWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code resume}: sends what an earlier apply left behind (a crash, a refused token, no network). */
@Command(name = "resume", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Send the edits an earlier `apply` left pending for this API URL "
                + "(after a crash, a kill, a refused token or a network failure).",
                "Use the same --account (or --api-url) and --state-dir as the apply. The token is read from HOOD_API_TOKEN only."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every edit applied (or nothing was pending)", "1:some edits rejected, failed or in conflict",
                "2:usage or configuration error", "3:the server refused the token (edits kept)"})
public final class ResumeCommand extends CliCommand {

    @Option(names = "--overwrite", description = "Send edits whose fields were changed on the server since they were "
            + "read (conflicts) anyway, replacing those values. Without it they are listed and not sent.")
    boolean overwrite;

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
            return new EditRun(environment, workspace, err()).run(List.of(), overwrite);
        }
    }
}
