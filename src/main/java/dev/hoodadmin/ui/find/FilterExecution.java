package dev.hoodadmin.ui.find;

import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Where the filter does its work: the pass over the rows on {@code background}, the result applied
 * on {@code fx}, typing settled by {@code typing} before a pass starts.
 */
public record FilterExecution(Executor background, Executor fx, Debouncer typing, Verdicts.Computation computation) {
    public static final Duration TYPING_PAUSE = Duration.ofMillis(150);

    /** For the app: passes on {@code background}, results on the JavaFX thread, 150 ms typing pause. */
    public static FilterExecution app(Executor background) {
        return new FilterExecution(background, Platform::runLater, new FxDebouncer(TYPING_PAUSE),
                Verdicts.Computation.DEFAULT);
    }

    /** Everything on the calling thread, at once: for tests of view models without a toolkit. */
    public static FilterExecution inPlace() {
        return new FilterExecution(Runnable::run, Runnable::run, Debouncer.IMMEDIATE, Verdicts.Computation.DEFAULT);
    }

    public FilterExecution withComputation(Verdicts.Computation other) {
        return new FilterExecution(background, fx, typing, other);
    }
}
