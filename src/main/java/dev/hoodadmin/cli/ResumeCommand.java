package dev.hoodadmin.cli;

import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.outbox.Creation;
import dev.hoodadmin.outbox.Edit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code resume}: sends what an earlier apply or create left behind, and lists what still needs the person. */
@Command(name = "resume", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Send the edits an earlier `apply` (and the properties an earlier `create`) left pending for "
                + "this account (after a crash, a kill, a refused token or a network failure), then list every edit "
                + "and new property that is still rejected or failed (id or label, fields, status, the server's "
                + "message, trace id).",
                "--retry-failed first puts the failed edits and new properties back in line (a fresh retry budget each; "
                        + "a new property is looked for by its label before it is sent again); a field a newer "
                        + "edit sets is never sent with an older value. Rejected edits stay until corrected in the "
                        + "window or removed with `hood-admin drop --id ID` (a new property: `drop --label LABEL`).",
                "Use the same --account (or --api-url) and --state-dir as the apply. The token is read from HOOD_API_TOKEN only."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every edit applied and new property created (or nothing was pending), none rejected or failed",
                "1:rejected, failed or conflicting edits or new properties remain (listed), or rows were refused",
                "2:usage or configuration error", "3:the server refused the token (edits kept)"})
public final class ResumeCommand extends CliCommand {

    @Option(names = "--retry-failed", description = "Send the failed edits and new properties again before resuming.")
    boolean retryFailed;

    @Option(names = "--overwrite", description = "Send edits whose fields were changed on the server since they were "
            + "read (conflicts) anyway, replacing those values. Without it they are listed and not sent.")
    boolean overwrite;

    public ResumeCommand() {
        this(CliEnvironment.system());
    }

    ResumeCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    protected int run() throws CliException, InterruptedException {
        try (AccountWorkspace workspace = account.open(environment)) {
            if (retryFailed) {
                List<Creation> again = workspace.creations().retryAllFailed();
                if (!again.isEmpty()) err().println("Retrying " + again.size() + " failed new property(ies).");
            }
            // stopped in an earlier run: the creation run below reports only the ones it sends
            List<Creation> stoppedBefore = workspace.creations().stopped();
            // creations first: the edit run below stops the worker once the edits are done
            int creations = workspace.creations().hasActive()
                    ? new CreationRun(workspace, out(), err()).run(List.of()) : ExitCodes.OK;
            stoppedBefore.forEach(creation -> err().println(CreationRun.stoppedLine(creation)));
            if (!stoppedBefore.isEmpty()) {
                err().println(stoppedBefore.size() + " new property(ies) not created: `hood-admin resume --retry-failed` "
                        + "sends the failed ones again, `hood-admin drop --label LABEL` removes one.");
                creations = ExitCodes.SOME_FAILED;
            }
            if (retryFailed) {
                List<Edit> again = workspace.outbox().retryAllFailed();
                err().println("Retrying " + again.size() + " failed edit(s).");
            }
            int edits = new EditRun(environment, workspace, err())
                    .run(new RefusalLines(err()), EditRun.Stopped.ALL, overwrite, 0);
            return Math.max(creations, edits);
        }
    }
}
