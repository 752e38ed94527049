package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyPager;

import dev.hoodadmin.ui.common.BackgroundTask;
import dev.hoodadmin.ui.common.BackgroundTasks;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one call of the account's property sync as a background task and reports its pages, its result or its
 * failure on the UI executor (the JavaFX thread in the app). After {@link Load#cancel()} nothing more is reported.
 */
public final class PropertyLoader {
    private static final System.Logger LOG = System.getLogger(PropertyLoader.class.getName());

    /** A blocking sync call; reports its pages to {@code pages}. */
    public interface Work<T> {
        T run(PropertyPager.PageListener pages) throws HoodApiException, InterruptedException;
    }

    /** Receives the progress of one load, always on the UI executor. */
    public interface Listener<T> {
        default void onPage(List<ProfileProperty> newRows, int loaded, int total) {
        }

        void onFinished(T result);

        void onFailed(LoadError error);
    }

    /** A load in progress. */
    public interface Load {
        /** Stops the load (interrupting a request in flight); later results are dropped. */
        void cancel();
    }

    private final BackgroundTasks tasks;

    public PropertyLoader(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    public <T> Load start(Work<T> work, Listener<T> listener) {
        AtomicBoolean cancelled = new AtomicBoolean(); // pages are handed over outside the task's own outcome
        BackgroundTask.Handle task = tasks.call(() -> work.run((rows, loaded, total) -> tasks.ui().execute(() -> {
                    if (!cancelled.get()) listener.onPage(rows, loaded, total);
                })))
                .onSuccess(listener::onFinished)
                .onFailure(failure -> listener.onFailed(explain(failure)))
                .start();
        return () -> {
            cancelled.set(true);
            task.cancel();
        };
    }

    private static LoadError explain(Exception failure) {
        if (failure instanceof HoodApiException e) {
            LOG.log(System.Logger.Level.WARNING, "Loading properties failed: " + e.error().summary());
            return LoadError.from(e.error());
        }
        if (failure instanceof InterruptedException) return LoadError.interrupted();
        // a bug or a closing app: the stack trace goes to the log once; the window gets a readable line
        LOG.log(System.Logger.Level.ERROR, "Loading properties failed unexpectedly", failure);
        return LoadError.unexpected(failure);
    }
}
