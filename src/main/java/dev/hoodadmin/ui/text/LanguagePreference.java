package dev.hoodadmin.ui.text;

import dev.hoodadmin.ui.common.StoredChoice;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;

/** The language chosen in View → Language, kept in the user's preferences beside the theme choice. */
public final class LanguagePreference {
    static final String KEY = "language";

    private final StoredChoice stored;

    public LanguagePreference(Preferences node) {
        this.stored = new StoredChoice(node, KEY);
    }

    public static LanguagePreference forApp() {
        return new LanguagePreference(StoredChoice.appearanceNode());
    }

    /** The stored language if it is one we have a bundle for; empty when none was chosen yet. */
    public Optional<Locale> load() {
        // one written by hand or by a version with more languages is ignored: the OS's language is used then
        return stored.load().map(Locale::forLanguageTag).filter(Texts.SUPPORTED::contains);
    }

    public void save(Locale language) {
        stored.save(language.toLanguageTag());
    }
}
