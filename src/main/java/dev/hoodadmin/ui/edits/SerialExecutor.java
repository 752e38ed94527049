package dev.hoodadmin.ui.edits;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks one at a time, in the order given, on a shared pool: two saves of one field must reach the
 * outbox in the order the person made them, even on a pool with several threads.
 */
public final class SerialExecutor implements Executor {
    private final Executor pool;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean running; // guarded by this

    public SerialExecutor(Executor pool) {
        this.pool = pool;
    }

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(task);
        if (!running) {
            running = true;
            try {
                pool.execute(this::drain);
            } catch (RejectedExecutionException e) {
                running = false;
                tasks.clear();
                throw e;
            }
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = tasks.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                System.getLogger(SerialExecutor.class.getName())
                        .log(System.Logger.Level.ERROR, "A background task failed", e);
            }
        }
    }
}
