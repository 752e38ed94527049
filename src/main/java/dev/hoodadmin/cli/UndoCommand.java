package dev.hoodadmin.cli;

import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.BatchUndo;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;

/**
 * {@code undo}: reverses one batch through the outbox (the same as Edit → Undo in the window): unsent edits are
 * dropped, applied changes are sent back to their before values; a field changed elsewhere since is left alone.
 */
@Command(name = "undo", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Undo one batch of changes (a file applied, a paste, a bulk edit…; see `history`).",
                "Edits of the batch not sent yet are dropped; applied changes are sent back to the values they replaced, "
                        + "one PATCH per property, through the rate budget. A field changed on the server since the batch "
                        + "(by someone else) is not touched: it is listed, and --overwrite sets it back anyway.",
                "Undoing an undo applies the batch again (redo). The token is read from HOOD_API_TOKEN only."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the batch is undone", "1:some fields were skipped (changed elsewhere) or rejected or failed",
                "2:usage or configuration error (e.g. no such batch)", "3:the server refused the token (edits kept)"})
public final class UndoCommand extends CliCommand {
    static final String SOURCE = "command line undo";

    /** Exactly one of the two. */
    static final class Which {
        @Option(names = "--batch", required = true, paramLabel = "ID", description = "The batch to undo (see `history`).")
        long batch;

        @Option(names = "--last", required = true, description = "The newest batch.")
        boolean last;
    }

    @ArgGroup(multiplicity = "1")
    Which which;

    @Option(names = "--overwrite", description = "Set fields back even where they were changed on the server since.")
    boolean overwrite;

    public UndoCommand() {
        this(CliEnvironment.system());
    }

    UndoCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    protected int run() throws CliException, InterruptedException {
        try (AccountWorkspace workspace = account.open(environment)) {
            BatchUndo undo = workspace.undo();
            long batch = which.last
                    ? undo.lastBatch().orElseThrow(() -> CliException.usage("nothing to undo: the history is empty"))
                    : which.batch;
            BatchUndo.Plan plan = undo.plan(batch);
            if (plan.isEmpty()) throw CliException.usage("no batch " + batch + " in the history or the queue (see `history`)");
            err().println("Undoing batch #" + batch + " (" + TerminalText.neutralise(plan.source()) + "): "
                    + plan.unsent().size() + " unsent edit(s) dropped, " + plan.properties() + " propert"
                    + (plan.properties() == 1 ? "y" : "ies") + " set back with " + plan.requests() + " request(s)"
                    + eta(workspace, plan.requests()) + ".");
            BatchUndo.Result result = undo.undo(plan, SOURCE);
            result.undoBatch().ifPresent(id -> err().println("The undo is batch #" + id + "; `undo --batch " + id
                    + "` applies the changes again."));
            return new EditRun(environment, workspace, err()).run(new RefusalLines(err()), EditRun.Stopped.THIS_RUN, overwrite, 0);
        }
    }

    private static String eta(AccountWorkspace workspace, int requests) {
        return workspace.budget().map(budget -> budget.estimateDuration(requests))
                .filter(duration -> duration.compareTo(Duration.ofSeconds(1)) >= 0)
                .map(duration -> " (about " + duration.toSeconds() + " s)").orElse("");
    }
}
