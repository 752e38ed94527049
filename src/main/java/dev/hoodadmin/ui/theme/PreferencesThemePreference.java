package dev.hoodadmin.ui.theme;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Stores the theme choice in {@link Preferences} (per user) under the key {@value #KEY}. */
public final class PreferencesThemePreference implements ThemePreference {
    private static final System.Logger LOG = System.getLogger(PreferencesThemePreference.class.getName());
    static final String KEY = "theme";

    private final Preferences node;

    public PreferencesThemePreference(Preferences node) {
        this.node = node;
    }

    /** The app's node under the current user's preferences. */
    public static PreferencesThemePreference forApp() {
        return new PreferencesThemePreference(Preferences.userRoot().node("dev/hoodadmin/ui/appearance"));
    }

    @Override
    public Optional<ThemeChoice> load() {
        String saved;
        try {
            saved = node.get(KEY, null);
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
        if (saved == null) return Optional.empty();
        try {
            return Optional.of(ThemeChoice.valueOf(saved));
        } catch (IllegalArgumentException e) {
            // written by hand or by another version: fall back to the default
            LOG.log(System.Logger.Level.WARNING, "Ignoring unknown theme choice '" + saved + "'");
            return Optional.empty();
        }
    }

    @Override
    public void save(ThemeChoice choice) {
        try {
            node.put(KEY, choice.name());
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // losing the theme choice is not worth interrupting the person for
            LOG.log(System.Logger.Level.WARNING, "Could not save the theme choice: " + e.getMessage());
        }
    }
}
