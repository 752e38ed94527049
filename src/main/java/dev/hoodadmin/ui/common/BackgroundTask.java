package dev.hoodadmin.ui.common;

import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * One piece of work from {@link BackgroundTasks}: set the handlers, then {@link #start()} it once. One
 * handler runs, on the UI executor, unless the task is cancelled first. A failure with no failure handler
 * is logged, so none disappears silently.
 */
public final class BackgroundTask<T> {
    private static final System.Logger LOG = System.getLogger(BackgroundTask.class.getName());

    private final Callable<T> task;
    private final Executor work;
    private final Executor ui;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Exception> onFailure; // null: nobody handles failures, so they are logged
    private volatile boolean cancelled;
    private Thread runner; // guarded by this: the thread doing the work, while it does

    /** A started task. */
    public interface Handle {
        /** Interrupts the work if it runs. Called on the UI thread, no handler runs after it. */
        void cancel();
    }

    BackgroundTask(Callable<T> task, Executor work, Executor ui) {
        this.task = task;
        this.work = work;
        this.ui = ui;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        onSuccess = handler;
        return this;
    }

    /** Gets what the work threw, or a {@link RejectedExecutionException} if it could not start (the app is closing). */
    public BackgroundTask<T> onFailure(Consumer<? super Exception> handler) {
        onFailure = handler;
        return this;
    }

    /** Never throws for a refusing executor: the refusal is logged and reported as a failure. */
    public Handle start() {
        try {
            work.execute(this::execute);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Background work was refused (is the app closing?)", e);
            if (onFailure != null) deliver(() -> onFailure.accept(e));
        }
        return this::cancel;
    }

    private synchronized void cancel() {
        cancelled = true;
        if (runner != null) runner.interrupt();
    }

    private void execute() {
        synchronized (this) {
            if (cancelled) return;
            runner = Thread.currentThread();
        }
        T result;
        try {
            result = task.call();
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            if (cancelled) return;
            if (onFailure != null) deliver(() -> onFailure.accept(e));
            else LOG.log(Level.ERROR, "Background work failed and nobody handled it", e);
            return;
        } finally {
            synchronized (this) {
                runner = null;
                if (cancelled) Thread.interrupted(); // our interrupt must not reach the pool thread's next task
            }
        }
        deliver(() -> onSuccess.accept(result));
    }

    private void deliver(Runnable outcome) {
        try {
            ui.execute(() -> {
                if (!cancelled) outcome.run();
            });
        } catch (RuntimeException e) { // e.g. the toolkit has exited
            LOG.log(Level.WARNING, "A background outcome could not be handed to the UI", e);
        }
    }
}
