package dev.hoodadmin.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * How views run slow work (disk, keychain, network, long passes): off the JavaFX thread, the result or the
 * failure handed back on the UI executor. Passed in through constructors, so tests choose the threads:
 * {@code tasks.call(outbox::list).onSuccess(state::applySnapshot).onFailure(this::explain).start();}
 */
public final class BackgroundTasks {
    private final Executor work;
    private final Executor ui;

    private BackgroundTasks(Executor work, Executor ui) {
        this.work = work;
        this.ui = ui;
    }

    /** For the app: work on {@code pool}, outcomes on the JavaFX thread. */
    public static BackgroundTasks onFxThread(Executor pool) {
        return new BackgroundTasks(pool, Platform::runLater);
    }

    /** For tests that queue the work (or the outcomes) and run it when they choose. */
    public static BackgroundTasks of(Executor work, Executor ui) {
        return new BackgroundTasks(work, ui);
    }

    /** Work and outcome at once, on the calling thread: for tests without a toolkit. */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(Runnable::run, Runnable::run);
    }

    /** Same UI executor, work handed through {@code wrapper}, e.g. {@code wrapWork(SerialExecutor::new)}. */
    public BackgroundTasks wrapWork(UnaryOperator<Executor> wrapper) {
        return new BackgroundTasks(wrapper.apply(work), ui);
    }

    /** Where outcomes are delivered, for hand-overs to the UI that have no background part. */
    public Executor ui() {
        return ui;
    }

    public <T> BackgroundTask<T> call(Callable<T> task) {
        return new BackgroundTask<>(task, work, ui);
    }

    /** Work without a result (the success handler gets {@code null}). */
    public BackgroundTask<Void> run(Action action) {
        return call(() -> {
            action.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }
}
