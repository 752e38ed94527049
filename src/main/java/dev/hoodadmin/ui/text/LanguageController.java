package dev.hoodadmin.ui.text;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Locale;
import java.util.Objects;

/**
 * Owns the language choice: at start the remembered one (else the OS's, if we have it), and on a new
 * choice it remembers it, switches {@link Texts} and asks for the window to be rebuilt, because views
 * read their texts once, when they are built. Use on the JavaFX thread.
 */
public final class LanguageController {
    private final ObjectProperty<Locale> choice;
    private Runnable rebuild = () -> { };

    /** @param preference where the choice is kept; null keeps it for this run only */
    public LanguageController(LanguagePreference preference, Locale osLocale) {
        Locale initial = preference == null ? Texts.supportedFor(osLocale)
                : preference.load().orElse(Texts.supportedFor(osLocale));
        this.choice = new SimpleObjectProperty<>(this, "choice", initial);
        choice.addListener((obs, old, value) -> {
            if (value == null || !Texts.SUPPORTED.contains(value)) {
                choice.set(old); // calls this again with the old language, which changes nothing
                return;
            }
            if (value.equals(Texts.locale())) return;
            if (preference != null) preference.save(value);
            Texts.use(value);
            rebuild.run();
        });
    }

    /** For the app: remembered in the user's preferences, the OS's language by default. */
    public static LanguageController forApp() {
        return new LanguageController(LanguagePreference.forApp(), Locale.getDefault());
    }

    /** The language {@link Texts} uses now, remembered for this run only: for tests and tools. */
    public static LanguageController current() {
        return new LanguageController(null, Texts.locale());
    }

    /** Makes the chosen language the one texts are read in; call before the first view is built. */
    public void start() {
        Texts.use(choice.get());
    }

    /** What to do after the language changed: rebuild the window so every text is read again. */
    public void whenChanged(Runnable rebuildWindow) {
        this.rebuild = Objects.requireNonNull(rebuildWindow, "rebuildWindow");
    }

    /** The person's choice; setting it switches the language and rebuilds the window. */
    public ObjectProperty<Locale> choiceProperty() {
        return choice;
    }
}
