package dev.hoodadmin.ui.theme;

import dev.hoodadmin.ui.common.StoredChoice;

import java.util.Optional;
import java.util.prefs.Preferences;

/** Stores the theme choice in {@link Preferences} (per user) under the key {@value #KEY}. */
public final class PreferencesThemePreference implements ThemePreference {
    private static final System.Logger LOG = System.getLogger(PreferencesThemePreference.class.getName());
    static final String KEY = "theme";

    private final StoredChoice stored;

    public PreferencesThemePreference(Preferences node) {
        this.stored = new StoredChoice(node, KEY);
    }

    /** The app's node under the current user's preferences. */
    public static PreferencesThemePreference forApp() {
        return new PreferencesThemePreference(StoredChoice.appearanceNode());
    }

    @Override
    public Optional<ThemeChoice> load() {
        Optional<String> saved = stored.load();
        if (saved.isEmpty()) return Optional.empty();
        try {
            return Optional.of(ThemeChoice.valueOf(saved.get()));
        } catch (IllegalArgumentException e) {
            // written by hand or by another version: fall back to the default
            LOG.log(System.Logger.Level.WARNING, "Ignoring unknown theme choice '" + saved.get() + "'");
            return Optional.empty();
        }
    }

    @Override
    public void save(ThemeChoice choice) {
        stored.save(choice.name());
    }
}
