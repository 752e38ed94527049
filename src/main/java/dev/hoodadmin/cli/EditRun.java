package dev.hoodadmin.cli;

import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.outbox.OutboxWorker;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What apply and resume share: move staged rows into the outbox, drain it through the worker (the same
 * one the app uses) with progress on stderr, report, and return the exit code.
 */
final class EditRun {
    private final CliEnvironment environment;
    private final CliEngine engine;
    private final StateDirectory state;
    private final PrintWriter err;

    EditRun(CliEnvironment environment, CliEngine engine, StateDirectory state, PrintWriter err) {
        this.environment = environment;
        this.engine = engine;
        this.state = state;
        this.err = err;
    }

    /** @param checkRefusals rows already refused by the file checks, reported with the rest */
    int run(List<Refusal> checkRefusals) throws InterruptedException {
        Outbox outbox = state.outbox(environment.clock());
        EditAdmission.Result admission;
        try {
            admission = new EditAdmission(outbox, state.outboxDatabase(), state.staged(),
                    new CurrentValuesReader(engine.client(), PropertyPager.Pause.REAL)).admitStaged();
        } catch (HoodApiException e) {
            return cannotRead(checkRefusals, e);
        }
        List<Refusal> refusals = new ArrayList<>(checkRefusals);
        refusals.addAll(admission.refusals());
        Set<Long> tracked = outbox.list().stream().filter(edit -> edit.state().isActive())
                .map(Edit::id).collect(Collectors.toSet());
        DrainResult result = tracked.isEmpty() ? DrainResult.DRAINED : drain(outbox, tracked);
        List<Edit> finished = outbox.list().stream().filter(edit -> tracked.contains(edit.id())).toList();
        if (result == DrainResult.PAUSED_FOR_CREDENTIALS) {
            err.println("The server refused the token" + firstError(finished) + ". Unsent edits are kept in "
                    + state.folder() + "; set HOOD_API_TOKEN to a valid token and run `hood-admin resume`.");
        } else if (result == DrainResult.STOPPED) {
            err.println("Sending stopped unexpectedly. Unsent edits are kept in " + state.folder()
                    + "; run `hood-admin resume`.");
        }
        int exitCode = new DrainReporter(err).report(refusals, finished, admission.unchanged(), result, state.folder());
        if (result == DrainResult.DRAINED) outbox.clearApplied(); // rejected and failed ones stay on record
        return exitCode;
    }

    private DrainResult drain(Outbox outbox, Set<Long> tracked) throws InterruptedException {
        ProgressPrinter progress = new ProgressPrinter(err, tracked, engine::estimate, environment.clock(),
                environment.progressInterval());
        OutboxWorker worker = OutboxWorker.create(outbox, engine.client(), environment.clock());
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

    private int cannotRead(List<Refusal> checkRefusals, HoodApiException e) {
        checkRefusals.forEach(refusal -> err.println(refusal.describe()));
        int kept = state.staged().all().size();
        boolean authentication = e.kind().isAuthentication();
        err.println((authentication ? "The server refused the token: " : "Could not read the current values of the "
                + "edited properties: ") + e.error().summary() + ". Nothing was sent; " + kept + " row(s) are kept in "
                + state.folder() + (authentication ? "; set HOOD_API_TOKEN to a valid token and" : ";")
                + " run `hood-admin resume`.");
        return authentication ? ExitCodes.AUTHENTICATION : ExitCodes.SOME_FAILED;
    }

    private static String firstError(List<Edit> edits) {
        return edits.stream().filter(edit -> edit.lastError() != null && edit.lastError().kind().isAuthentication())
                .findFirst().map(edit -> " (" + edit.lastError().summary() + ")").orElse("");
    }
}
