package dev.hoodadmin.ui.common;

import java.util.Optional;

/** Keeps the state for this run only: for tests, and for runs that must not touch the person's settings. */
public final class InMemoryWindowStateStore implements WindowStateStore {
    private WindowState state;

    public InMemoryWindowStateStore() {
    }

    public InMemoryWindowStateStore(WindowState initial) {
        this.state = initial;
    }

    @Override
    public synchronized Optional<WindowState> load() {
        return Optional.ofNullable(state);
    }

    @Override
    public synchronized void save(WindowState state) {
        this.state = state;
    }
}
