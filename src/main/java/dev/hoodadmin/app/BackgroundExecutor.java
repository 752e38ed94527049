package dev.hoodadmin.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The one pool for background work: daemon threads (never keep the app alive) that log every failure. */
public final class BackgroundExecutor {
    private static final System.Logger LOG = System.getLogger(BackgroundExecutor.class.getName());

    private BackgroundExecutor() {
    }

    public static ExecutorService create(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.log(System.Logger.Level.ERROR, "Background task failed", e));
            return thread;
        };
        return new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory) {
            @Override
            protected void afterExecute(Runnable task, Throwable failure) {
                if (failure != null) LOG.log(System.Logger.Level.ERROR, "Background task failed", failure);
            }
        };
    }
}
