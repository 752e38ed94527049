package dev.hoodadmin.ui;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** Holds submitted work until the test runs it, so a test can look at the state in between. */
public final class QueuedExecutor implements Executor {
    private final Queue<Runnable> queue = new ArrayDeque<>();

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    public int pending() {
        return queue.size();
    }

    /** Runs the oldest waiting task (work it submits waits behind the rest). */
    public void runNext() {
        Runnable next = queue.poll();
        if (next == null) throw new IllegalStateException("nothing is waiting");
        next.run();
    }

    public void runAll() {
        Runnable next;
        while ((next = queue.poll()) != null) next.run();
    }
}
