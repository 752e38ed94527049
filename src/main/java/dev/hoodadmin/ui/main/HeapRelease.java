package dev.hoodadmin.ui.main;

/**
 * Gives memory back once a load of many rows is over: one full collection on a thread of its own. With the app's
 * JVM options (SerialGC, {@code MaxHeapFreeRatio}, {@code -XX:-ShrinkHeapInSteps}) it shrinks the heap to the
 * rows' live size and its free margin and returns the rest to the OS. Without it the heap keeps the size the load
 * grew it to (the load's garbage promoted with the rows): nothing else collects the old generation of a window that
 * sits idle. Smaller loads are left alone: a full collection stops every thread (about 0.1 s at 100,000 rows on a
 * slow machine), and what they leave is small.
 */
final class HeapRelease {
    /** Loads of at least this many rows are followed by a full collection. */
    static final int MANY_ROWS = 10_000;

    private HeapRelease() {
    }

    static void afterLoad(int rows) {
        if (rows < MANY_ROWS) return;
        Thread collect = new Thread(System::gc, "heap-release");
        collect.setDaemon(true);
        collect.start();
    }
}
