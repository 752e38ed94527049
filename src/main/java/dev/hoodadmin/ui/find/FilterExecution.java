package dev.hoodadmin.ui.find;

import dev.hoodadmin.ui.common.BackgroundTasks;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Where the table's rows are worked out: each pass (sort and filter) as one of {@code tasks} (the result applied
 * where they deliver); {@code typing} settles a burst of keystrokes first, but only while passes are slow.
 */
public record FilterExecution(BackgroundTasks tasks, Debouncer typing, RowPass.Computation computation) {
    public static final Duration TYPING_PAUSE = Duration.ofMillis(150);

    /** For the app: passes on {@code background}, results on the JavaFX thread, 150 ms typing pause when slow. */
    public static FilterExecution app(Executor background) {
        return new FilterExecution(BackgroundTasks.onFxThread(background), new FxDebouncer(TYPING_PAUSE),
                RowPass.Computation.DEFAULT);
    }

    /** Everything on the calling thread, at once: for tests of view models without a toolkit. */
    public static FilterExecution inPlace() {
        return new FilterExecution(BackgroundTasks.sameThread(), Debouncer.IMMEDIATE, RowPass.Computation.DEFAULT);
    }

    public FilterExecution withComputation(RowPass.Computation other) {
        return new FilterExecution(tasks, typing, other);
    }
}
