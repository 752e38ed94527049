package dev.hoodadmin.ui.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language has every key, with the same placeholders, and every value is a valid pattern. */
class TextsBundleTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyLanguageHasEveryKeyOfEveryOther() throws IOException {
        Properties english = load(Locale.ENGLISH);
        for (Locale language : Texts.SUPPORTED) {
            Properties other = load(language);
            assertThat(other.stringPropertyNames()).as("keys of " + language + " against English")
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
    }

    @Test
    void everyTranslationUsesTheSamePlaceholders() throws IOException {
        Properties english = load(Locale.ENGLISH);
        List<String> mismatches = new ArrayList<>();
        for (Locale language : Texts.SUPPORTED) {
            Properties other = load(language);
            for (String key : english.stringPropertyNames()) {
                String translated = other.getProperty(key);
                if (translated != null && !placeholders(translated).equals(placeholders(english.getProperty(key)))) {
                    mismatches.add(language + ": " + key);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyValueIsAPatternWithDoubledApostrophes() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Locale language : Texts.SUPPORTED) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String value = texts.getProperty(key);
                try {
                    new MessageFormat(value, language);
                } catch (IllegalArgumentException e) {
                    bad.add(language + ": " + key + " (" + e.getMessage() + ")");
                }
                if (LONE_APOSTROPHE.matcher(value.replace("''", "")).find()) bad.add(language + ": " + key + " has a lone '");
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void theOsLanguagePicksTheBundleAndAnUnknownOneFallsBackToEnglish() {
        assertThat(Texts.supportedFor(Locale.GERMANY)).isEqualTo(Locale.GERMAN);
        assertThat(Texts.supportedFor(new Locale("de", "AT"))).isEqualTo(Locale.GERMAN);
        assertThat(Texts.supportedFor(Locale.JAPAN)).isEqualTo(Locale.ENGLISH);
        assertThat(Texts.nameOf(Locale.GERMAN)).isEqualTo("Deutsch");
    }

    @Test
    void aMissingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(Texts.get("no.such.key")).isEqualTo("no.such.key");
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) found.add(matcher.group(1));
        return found;
    }

    private static Properties load(Locale language) throws IOException {
        String name = "messages" + (language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage()) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
