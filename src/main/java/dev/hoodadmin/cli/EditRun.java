package dev.hoodadmin.cli;

import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.EditAdmission;
import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditRefusedException;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.outbox.OutboxWorker;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
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

    /** Rounds of "keep mine" with --overwrite: a value changed elsewhere again and again is left as a conflict. */
    private static final int OVERWRITE_ROUNDS = 3;

    /** @param refusals rows already refused by the file checks; the admission's refusals are added */
    int run(RefusalLines refusals, Stopped listed) throws InterruptedException {
        return run(refusals, listed, false, 0);
    }

    /**
     * @param overwrite       send edits in conflict anyway (the person's --overwrite)
     * @param unchangedBefore properties an import preview already found unchanged (never staged), counted too
     */
    int run(RefusalLines refusals, Stopped listed, boolean overwrite, int unchangedBefore) throws InterruptedException {
        Outbox outbox = account.outbox();
        EditAdmission.Result admission;
        try {
            admission = account.admission().admitStaged(refusals);
        } catch (HoodApiException e) {
            return cannotRead(e);
        }
        if (overwrite) keepMine(outbox);
        Set<Long> tracked = outbox.list().stream().filter(edit -> edit.state().isActive())
                .map(Edit::id).collect(Collectors.toCollection(HashSet::new));
        DrainResult result = tracked.isEmpty() ? DrainResult.DRAINED : drain(outbox, tracked);
        for (int round = 1; overwrite && result == DrainResult.DRAINED && round <= OVERWRITE_ROUNDS; round++) {
            List<Long> again = keepMine(outbox);
            if (again.isEmpty()) break;
            tracked.addAll(again);
            result = drain(outbox, Set.copyOf(again));
        }
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
            // conflicts are listed whenever they arose: a split-off conflict is a new edit, an old one still waits
            List<Edit> ours = stopped.stream()
                    .filter(edit -> tracked.contains(edit.id()) || edit.state() == EditState.CONFLICT).toList();
            if (ours.size() < stopped.size()) {
                err.println((stopped.size() - ours.size()) + " rejected or failed edit(s) from earlier runs are kept; "
                        + "`hood-admin resume` lists them.");
            }
            stopped = ours;
        }
        int exitCode = new DrainReporter(err).report(sent, stopped, refusals.count(),
                admission.unchanged() + unchangedBefore, result, account.folder());
        if (result == DrainResult.DRAINED) outbox.clearApplied(); // rejected and failed ones stay on record
        return exitCode;
    }

    /** Puts every edit in conflict back in line to be sent over the server's value; returns their ids. */
    private static List<Long> keepMine(Outbox outbox) {
        List<Long> kept = new ArrayList<>();
        for (Edit conflict : outbox.list(EditState.CONFLICT)) {
            try {
                kept.add(outbox.keepMine(conflict.id()).id());
            } catch (EditRefusedException e) {
                // taken or changed meanwhile by the window on the same data file: its state stands
            }
        }
        return kept;
    }

    private DrainResult drain(Outbox outbox, Set<Long> tracked) throws InterruptedException {
        OutboxWorker worker = account.worker();
        ProgressPrinter progress = new ProgressPrinter(err, tracked,
                requests -> account.budget().map(budget -> budget.estimateDuration(requests)), worker.clock(),
                environment.progressInterval());
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
