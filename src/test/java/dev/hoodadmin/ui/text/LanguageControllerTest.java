package dev.hoodadmin.ui.text;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The language at start (remembered, else the OS's if we have it) and what a new choice does. */
class LanguageControllerTest {
    private final Preferences node = Preferences.userRoot().node("dev/hoodadmin/test/language-" + UUID.randomUUID());
    private final LanguagePreference preference = new LanguagePreference(node);

    @AfterEach
    void tearDown() throws BackingStoreException {
        Texts.use(Locale.ENGLISH);
        node.removeNode();
    }

    @Test
    void withNothingRememberedTheOsLanguageIsUsedIfWeHaveIt() {
        assertThat(new LanguageController(preference, Locale.GERMANY).choiceProperty().get()).isEqualTo(Locale.GERMAN);
        assertThat(new LanguageController(preference, Locale.JAPAN).choiceProperty().get()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aRememberedChoiceBeatsTheOsAndAnUnknownOneIsIgnored() {
        preference.save(Locale.GERMAN);
        assertThat(new LanguageController(preference, Locale.US).choiceProperty().get()).isEqualTo(Locale.GERMAN);

        node.put(LanguagePreference.KEY, "tlh"); // a language this version has no bundle for
        assertThat(new LanguageController(preference, Locale.US).choiceProperty().get()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aNewChoiceSwitchesTheTextsRemembersItAndRebuildsOnce() {
        LanguageController languages = new LanguageController(preference, Locale.US);
        languages.start();
        List<Locale> rebuiltIn = new ArrayList<>();
        languages.whenChanged(() -> rebuiltIn.add(Texts.locale()));

        languages.choiceProperty().set(Locale.GERMAN);
        languages.choiceProperty().set(Locale.JAPANESE); // not offered: refused, nothing rebuilt

        assertThat(rebuiltIn).containsExactly(Locale.GERMAN);
        assertThat(Texts.get("menu.view.language")).isEqualTo("_Sprache");
        assertThat(languages.choiceProperty().get()).isEqualTo(Locale.GERMAN);
        assertThat(preference.load()).contains(Locale.GERMAN);
    }
}
