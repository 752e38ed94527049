package dev.hoodadmin.logging;

import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Takes java.util.logging's console handler off the root logger, so log records (INFO lines, exception names,
 * stack traces) never reach the terminal: the terminal shows only the app's own lines, the records go to the
 * log file ({@link AppLogging}). Closing puts the handlers back (commands run one after another in tests).
 */
public final class ConsoleLog implements AutoCloseable {
    private final Logger root = Logger.getLogger("");
    private final List<Handler> detached;

    private ConsoleLog() {
        detached = List.of(root.getHandlers()).stream().filter(handler -> handler instanceof ConsoleHandler).toList();
        detached.forEach(root::removeHandler);
    }

    /** Silences the console from now on, until {@link #close()}. */
    public static ConsoleLog detach() {
        return new ConsoleLog();
    }

    @Override
    public void close() {
        detached.forEach(root::addHandler);
    }
}
