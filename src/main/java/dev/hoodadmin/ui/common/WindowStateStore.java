package dev.hoodadmin.ui.common;

import java.util.Optional;

/** Remembers one window's state between runs. Implementations never throw on unreadable data. */
public interface WindowStateStore {

    /** The last saved state, or empty if none was saved or it could not be read. */
    Optional<WindowState> load();

    void save(WindowState state);
}
