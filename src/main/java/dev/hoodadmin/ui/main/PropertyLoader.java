package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyPager;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one call of the account's property sync on the background executor and reports its pages, its
 * result or its failure on the UI executor (the JavaFX thread in the app, the calling thread in tests).
 * After {@link Load#cancel()} nothing more is reported.
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

    private final Executor background;
    private final Executor ui;

    public PropertyLoader(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    public <T> Load start(Work<T> work, Listener<T> listener) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Reporter report = action -> ui.execute(() -> {
            if (!cancelled.get()) action.run();
        });
        FutureTask<Void> task = new FutureTask<>(() -> {
            run(work, listener, report, cancelled);
            return null;
        });
        try {
            background.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "Background executor refused the load", e);
            report.on(() -> listener.onFailed(LoadError.unexpected(e)));
        }
        return () -> {
            cancelled.set(true);
            task.cancel(true);
        };
    }

    private <T> void run(Work<T> work, Listener<T> listener, Reporter report, AtomicBoolean cancelled) {
        try {
            T result = work.run((rows, loaded, total) -> report.on(() -> listener.onPage(rows, loaded, total)));
            report.on(() -> listener.onFinished(result));
        } catch (HoodApiException e) {
            LOG.log(System.Logger.Level.WARNING, "Loading properties failed: " + e.error().summary());
            report.on(() -> listener.onFailed(LoadError.from(e.error())));
        } catch (InterruptedException e) {
            if (!cancelled.get()) report.on(() -> listener.onFailed(LoadError.interrupted()));
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a bug: the stack trace goes to the log once; the window gets a readable line
            LOG.log(System.Logger.Level.ERROR, "Loading properties failed unexpectedly", e);
            report.on(() -> listener.onFailed(LoadError.unexpected(e)));
        }
    }

    /** Hands a report to the UI executor unless the load was cancelled meanwhile. */
    private interface Reporter {
        void on(Runnable action);
    }
}
