package dev.hoodadmin.ui.menu;

import javafx.beans.value.ObservableBooleanValue;

import java.util.Objects;

/**
 * What the File and Edit menus do, supplied by the main window.
 *
 * @param loading while true, Refresh and Reload are disabled (a load is already running)
 */
public record MenuCommands(Runnable refresh, Runnable reload, Runnable quit, Runnable find,
                           ObservableBooleanValue loading) {
    public MenuCommands {
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(reload, "reload");
        Objects.requireNonNull(quit, "quit");
        Objects.requireNonNull(find, "find");
        Objects.requireNonNull(loading, "loading");
    }
}
