package dev.hoodadmin.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Stores window state in {@link Preferences} (per-user, outside the project). Columns are kept
 * as one value, {@code id=width;id=width:hidden}, so their order and visibility survive too.
 */
public final class PreferencesWindowStateStore implements WindowStateStore {
    private static final System.Logger LOG = System.getLogger(PreferencesWindowStateStore.class.getName());

    static final String X = "x";
    static final String Y = "y";
    static final String WIDTH = "width";
    static final String HEIGHT = "height";
    static final String MAXIMIZED = "maximized";
    static final String COLUMNS = "columns";
    private static final String HIDDEN = ":hidden";

    private final Preferences node;

    public PreferencesWindowStateStore(Preferences node) {
        this.node = node;
    }

    /** The node for the main window under the current user's preferences. */
    public static PreferencesWindowStateStore forMainWindow() {
        return new PreferencesWindowStateStore(Preferences.userRoot().node("dev/hoodadmin/ui/main-window"));
    }

    @Override
    public Optional<WindowState> load() {
        try {
            if (node.get(WIDTH, null) == null) return Optional.empty();
            return Optional.of(new WindowState(
                    number(X), number(Y), number(WIDTH), number(HEIGHT),
                    node.getBoolean(MAXIMIZED, false),
                    parseColumns(node.get(COLUMNS, ""))));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // settings edited by hand or written by another version: start with the defaults instead
            LOG.log(System.Logger.Level.WARNING, "Ignoring unreadable window state: " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void save(WindowState state) {
        try {
            node.putDouble(X, state.x());
            node.putDouble(Y, state.y());
            node.putDouble(WIDTH, state.width());
            node.putDouble(HEIGHT, state.height());
            node.putBoolean(MAXIMIZED, state.maximized());
            node.put(COLUMNS, formatColumns(state.columns()));
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // losing the window layout is not worth failing the close for
            LOG.log(System.Logger.Level.WARNING, "Could not save window state: " + e.getMessage());
        }
    }

    private double number(String key) {
        String text = node.get(key, null);
        if (text == null) throw new IllegalArgumentException("missing " + key);
        return Double.parseDouble(text);
    }

    static String formatColumns(List<ColumnState> columns) {
        StringBuilder text = new StringBuilder();
        for (ColumnState column : columns) {
            if (text.length() > 0) text.append(';');
            text.append(column.id()).append('=').append(column.width());
            if (!column.visible()) text.append(HIDDEN);
        }
        return text.toString();
    }

    static List<ColumnState> parseColumns(String text) {
        List<ColumnState> columns = new ArrayList<>();
        if (text.isBlank()) return columns;
        for (String entry : text.split(";")) {
            int eq = entry.lastIndexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("bad column entry '" + entry + "'");
            String width = entry.substring(eq + 1);
            boolean hidden = width.endsWith(HIDDEN);
            if (hidden) width = width.substring(0, width.length() - HIDDEN.length());
            columns.add(new ColumnState(entry.substring(0, eq), Double.parseDouble(width), !hidden));
        }
        return columns;
    }
}
