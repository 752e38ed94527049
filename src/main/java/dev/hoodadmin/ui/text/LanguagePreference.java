package dev.hoodadmin.ui.text;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The language chosen in View → Language, kept in the user's {@link Preferences} beside the theme choice. */
public final class LanguagePreference {
    private static final System.Logger LOG = System.getLogger(LanguagePreference.class.getName());
    static final String KEY = "language";

    private final Preferences node;

    public LanguagePreference(Preferences node) {
        this.node = node;
    }

    /** The app's node, the one the theme choice uses too. */
    public static LanguagePreference forApp() {
        return new LanguagePreference(Preferences.userRoot().node("dev/hoodadmin/ui/appearance"));
    }

    /** The stored language if it is one we have a bundle for; empty when none was chosen yet. */
    public Optional<Locale> load() {
        String saved;
        try {
            saved = node.get(KEY, null);
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
        if (saved == null) return Optional.empty();
        Locale language = Locale.forLanguageTag(saved);
        // written by hand or by a version with more languages: follow the OS instead
        return Texts.SUPPORTED.contains(language) ? Optional.of(language) : Optional.empty();
    }

    public void save(Locale language) {
        try {
            node.put(KEY, language.toLanguageTag());
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // the window is already in the new language; only the next start would not be
            LOG.log(System.Logger.Level.WARNING, "Could not save the language choice: " + e.getMessage());
        }
    }
}
