package dev.hoodadmin.cli;

import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.outbox.Creation;
import dev.hoodadmin.outbox.CreationState;
import dev.hoodadmin.outbox.Creations;
import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.OutboxWorker;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What create and resume share for new properties: drain the queued creations through the worker, print one
 * line per created property on stdout ({@code created  id 1000321  label My region}) and per rejected or failed
 * one on stderr, a summary, and return the exit code.
 */
final class CreationRun {
    private final AccountWorkspace account;
    private final PrintWriter out;
    private final PrintWriter err;

    CreationRun(AccountWorkspace account, PrintWriter out, PrintWriter err) {
        this.account = account;
        this.out = out;
        this.err = err;
    }

    /** {@code rejected  label My region: 400 …}: a creation the server did not create, as stderr says it. */
    static String stoppedLine(Creation creation) {
        return creation.state().name().toLowerCase(Locale.ROOT) + "  label " + TerminalText.neutralise(creation.label())
                + ": " + (creation.lastError() == null ? "no reason given"
                : TerminalText.neutralise(creation.lastError().summary()));
    }

    /** @param refusals rows refused before queueing, one line each, reported with the rest */
    int run(List<String> refusals) throws InterruptedException {
        Creations creations = account.creations();
        Set<Long> tracked = creations.list().stream().filter(c -> c.state().isActive()).map(Creation::id)
                .collect(Collectors.toSet());
        DrainResult result = DrainResult.DRAINED;
        if (!tracked.isEmpty()) {
            String eta = account.budget().map(budget -> "; estimated time: at least "
                    + budget.estimateDuration(tracked.size()).toSeconds() + " s").orElse("");
            err.println("Creating " + tracked.size() + " propert" + (tracked.size() == 1 ? "y" : "ies") + eta + ".");
            err.flush();
            result = drain();
        }
        refusals.forEach(err::println);
        List<Creation> finished = creations.list().stream().filter(c -> tracked.contains(c.id())).toList();
        for (Creation creation : finished) {
            String label = TerminalText.neutralise(creation.label());
            if (creation.state() == CreationState.CREATED) {
                out.println("created  id " + creation.propertyId() + "  label " + label);
            } else if (!creation.state().isActive()) {
                err.println(stoppedLine(creation));
            }
        }
        if (result == DrainResult.PAUSED_FOR_CREDENTIALS) {
            err.println("The server refused the token. Properties not yet created are kept in " + account.folder()
                    + "; set HOOD_API_TOKEN to a valid token and run `hood-admin resume`.");
        }
        long created = count(finished, CreationState.CREATED);
        long rejected = count(finished, CreationState.REJECTED);
        long failed = count(finished, CreationState.FAILED);
        long pending = finished.stream().filter(c -> c.state().isActive()).count();
        StringBuilder summary = new StringBuilder("Summary: ").append(created).append(" created, ").append(rejected)
                .append(" rejected, ").append(failed).append(" failed, ").append(refusals.size()).append(" row(s) refused");
        if (pending > 0) summary.append(", ").append(pending).append(" pending (kept in ").append(account.folder()).append(')');
        err.println(summary.append('.'));
        out.flush();
        err.flush();
        if (result == DrainResult.PAUSED_FOR_CREDENTIALS) return ExitCodes.AUTHENTICATION;
        return refusals.isEmpty() && rejected == 0 && failed == 0 && pending == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private DrainResult drain() throws InterruptedException {
        OutboxWorker worker = account.worker();
        try {
            worker.start();
            return worker.awaitDrained();
        } finally {
            worker.stop();
        }
    }

    private static long count(List<Creation> creations, CreationState state) {
        return creations.stream().filter(c -> c.state() == state).count();
    }
}
