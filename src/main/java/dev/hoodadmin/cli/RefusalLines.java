package dev.hoodadmin.cli;

import dev.hoodadmin.engine.Refusal;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Prints each refused row as it is refused (a file of a million rows is never held in memory to report it at
 * the end) and counts them: {@code refused  edits.csv line 7  id 1000105  field label: not an updatable field}.
 */
final class RefusalLines implements Consumer<Refusal> {
    private final PrintWriter err;
    private int count;

    RefusalLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void accept(Refusal refusal) {
        err.println("refused  " + TerminalText.value(refusal.source()) + " line " + refusal.line() + "  id "
                + TerminalText.value(refusal.propertyId()) + "  field " + TerminalText.value(refusal.field()) + ": "
                + refusal.reason());
        count++;
    }

    synchronized int count() {
        return count;
    }
}
