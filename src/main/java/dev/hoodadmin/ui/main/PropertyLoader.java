package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyPager;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Walks all pages of a list query on the background executor and reports each page, the end, or
 * the failure on the UI executor (the JavaFX thread in the app, the calling thread in tests).
 * After {@link Load#cancel()} nothing more is reported.
 */
public final class PropertyLoader {
    private static final System.Logger LOG = System.getLogger(PropertyLoader.class.getName());
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** Receives the progress of one load, always on the UI executor. */
    public interface Listener {
        void onPage(List<ProfileProperty> newRows, int loaded, int total);

        void onFinished(int loaded);

        void onFailed(LoadError error);
    }

    /** A load in progress. */
    public interface Load {
        /** Stops the load (interrupting a request in flight); later results are dropped. */
        void cancel();
    }

    private final PropertyPager pager;
    private final int pageSize;
    private final Executor background;
    private final Executor ui;

    public PropertyLoader(PropertyPager pager, int pageSize, Executor background, Executor ui) {
        if (pageSize < 1) throw new IllegalArgumentException("page size must be positive");
        this.pager = pager;
        this.pageSize = pageSize;
        this.background = background;
        this.ui = ui;
    }

    public Load start(ListQuery query, Listener listener) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Reporter report = action -> ui.execute(() -> {
            if (!cancelled.get()) action.run();
        });
        FutureTask<Void> task = new FutureTask<>(() -> {
            fetch(query, listener, report, cancelled);
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

    private void fetch(ListQuery query, Listener listener, Reporter report, AtomicBoolean cancelled) {
        try {
            List<ProfileProperty> all = pager.fetchAll(query, pageSize,
                    (rows, loaded, total) -> report.on(() -> listener.onPage(rows, loaded, total)));
            report.on(() -> listener.onFinished(all.size()));
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
