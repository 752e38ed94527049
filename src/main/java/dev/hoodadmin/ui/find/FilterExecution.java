package dev.hoodadmin.ui.find;

import dev.hoodadmin.ui.common.BackgroundTasks;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Where the filter does its work: the pass over the rows as one of {@code tasks} (the result applied where
 * they deliver), typing settled by {@code typing} before a pass starts.
 */
public record FilterExecution(BackgroundTasks tasks, Debouncer typing, Verdicts.Computation computation) {
    public static final Duration TYPING_PAUSE = Duration.ofMillis(150);

    /** For the app: passes on {@code background}, results on the JavaFX thread, 150 ms typing pause. */
    public static FilterExecution app(Executor background) {
        return new FilterExecution(BackgroundTasks.onFxThread(background), new FxDebouncer(TYPING_PAUSE),
                Verdicts.Computation.DEFAULT);
    }

    /** Everything on the calling thread, at once: for tests of view models without a toolkit. */
    public static FilterExecution inPlace() {
        return new FilterExecution(BackgroundTasks.sameThread(), Debouncer.IMMEDIATE, Verdicts.Computation.DEFAULT);
    }

    public FilterExecution withComputation(Verdicts.Computation other) {
        return new FilterExecution(tasks, typing, other);
    }
}
