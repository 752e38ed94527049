package dev.hoodadmin.ui.find;

/** Runs an action once the calls to {@link #submit} have paused for a moment; each call restarts the wait. */
public interface Debouncer {

    void submit(Runnable action);

    /** Drops a waiting action. */
    void cancel();

    /** No waiting at all: for tests of logic without a JavaFX toolkit. */
    Debouncer IMMEDIATE = new Debouncer() {
        @Override
        public void submit(Runnable action) {
            action.run();
        }

        @Override
        public void cancel() {
        }
    };
}
