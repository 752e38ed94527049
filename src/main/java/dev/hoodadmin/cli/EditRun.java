package dev.hoodadmin.cli;

import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.EditAdmission;
import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.outbox.OutboxWorker;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What apply and resume share: move staged rows into the outbox, drain it through the worker (the same
 * one the app uses) with progress on stderr, report, and return the exit code.
 */
final class EditRun {
    /** Which rejected and failed edits a run lists and counts. */
    enum Stopped {
        /** Those of the edits this run sent ({@code apply}); earlier ones are only mentioned. */
        THIS_RUN,
        /** Every one in the outbox ({@code resume}): the run is not done while any remain. */
        ALL
    }

    private final CliEnvironment environment;
    private final AccountWorkspace account;
    private final PrintWriter err;

    EditRun(CliEnvironment environment, AccountWorkspace account, PrintWriter err) {
        this.environment = environment;
        this.account = account;
        this.err = err;
    }

    /** @param refusals rows already refused by the file checks; the admission's refusals are added */
    int run(RefusalLines refusals, Stopped listed) throws InterruptedException {
        return run(refusals, listed, 0);
    }

    /** @param unchangedBefore properties an import preview already found unchanged (never staged), counted too */
    int run(RefusalLines refusals, Stopped listed, int unchangedBefore) throws InterruptedException {
        Outbox outbox = account.outbox();
        EditAdmission.Result admission;
        try {
            admission = account.admission().admitStaged(refusals);
        } catch (HoodApiException e) {
            return cannotRead(e);
        }
        Set<Long> tracked = outbox.list().stream().filter(edit -> edit.state().isActive())
                .map(Edit::id).collect(Collectors.toSet());
        DrainResult result = tracked.isEmpty() ? DrainResult.DRAINED : drain(outbox, tracked);
        List<Edit> sent = outbox.list().stream().filter(edit -> tracked.contains(edit.id())).toList();
        if (result == DrainResult.PAUSED_FOR_CREDENTIALS) {
            err.println("The server refused the token" + firstError(sent) + ". Unsent edits are kept in "
                    + account.folder() + "; set HOOD_API_TOKEN to a valid token and run `hood-admin resume`.");
        } else if (result == DrainResult.STOPPED) {
            err.println("Sending stopped unexpectedly. Unsent edits are kept in " + account.folder()
                    + "; run `hood-admin resume`.");
        }
        List<Edit> stopped = outbox.needingAttention();
        if (listed == Stopped.THIS_RUN) {
            List<Edit> ours = stopped.stream().filter(edit -> tracked.contains(edit.id())).toList();
            if (ours.size() < stopped.size()) {
                err.println((stopped.size() - ours.size()) + " rejected or failed edit(s) from earlier runs are kept; "
                        + "`hood-admin resume` lists them.");
            }
            stopped = ours;
        }
        int exitCode = new DrainReporter(err).report(sent, stopped, refusals.count(), admission.unchanged() + unchangedBefore, result,
                account.folder());
        if (result == DrainResult.DRAINED) outbox.clearApplied(); // rejected and failed ones stay on record
        return exitCode;
    }

    private DrainResult drain(Outbox outbox, Set<Long> tracked) throws InterruptedException {
        ProgressPrinter progress = new ProgressPrinter(err, tracked,
                requests -> account.budget().map(budget -> budget.estimateDuration(requests)), environment.clock(),
                environment.progressInterval());
        OutboxWorker worker = account.worker();
        outbox.addListener(progress);
        try {
            progress.started();
            worker.start();
            return worker.awaitDrained();
        } finally {
            worker.stop();
            outbox.removeListener(progress);
            progress.finished();
        }
    }

    private int cannotRead(HoodApiException e) {
        int kept = account.staged().count();
        boolean authentication = e.kind().isAuthentication();
        err.println((authentication ? "The server refused the token: " : "Could not read the current values of the "
                + "edited properties: ") + TerminalText.sentence(e.error().summary()) + " Nothing was sent; " + kept + " row(s) are kept in "
                + account.folder() + (authentication ? "; set HOOD_API_TOKEN to a valid token and" : ";")
                + " run `hood-admin resume`.");
        return authentication ? ExitCodes.AUTHENTICATION : ExitCodes.SOME_FAILED;
    }

    private static String firstError(List<Edit> edits) {
        return edits.stream().filter(edit -> edit.lastError() != null && edit.lastError().kind().isAuthentication())
                .findFirst().map(edit -> " (" + edit.lastError().summary() + ")").orElse("");
    }
}
