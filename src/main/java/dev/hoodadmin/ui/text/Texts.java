package dev.hoodadmin.ui.text;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing text of the window, from the {@code messages} bundles in this package.
 * Values are {@link MessageFormat} patterns, always (so a literal apostrophe is written {@code ''}).
 * The language is one for the whole process: chosen from the OS at start ({@link #supportedFor}) or
 * in View → Language, which rebuilds the window so every text is read again.
 */
public final class Texts {
    /** The languages with a complete bundle; the first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final String BUNDLE = "dev.hoodadmin.ui.text.messages";

    private static volatile Locale locale = supportedFor(Locale.getDefault());

    private Texts() {
    }

    /** The text for {@code key} in the current language, with {@code args} put in its {0}, {1}… places. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException missing) {
            // a missing key is a bug the completeness test catches; show the key rather than crash the window
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The {@code key.one} text when {@code count} is 1, else {@code key.other} (English and German need no
     * more forms); {@code args} as for {@link #get}, usually the count itself formatted with {@link #number}.
     */
    public static String plural(String key, long count, Object... args) {
        return get(key + (count == 1 ? ".one" : ".other"), args);
    }

    public static Locale locale() {
        return locale;
    }

    /** Switches the language for texts read from now on (views built before keep theirs until rebuilt). */
    public static void use(Locale wanted) {
        locale = supportedFor(wanted);
    }

    /** The supported language closest to {@code wanted}: its language if we have it, else English. */
    public static Locale supportedFor(Locale wanted) {
        if (wanted == null) return SUPPORTED.get(0);
        for (Locale candidate : SUPPORTED) {
            if (candidate.getLanguage().equals(wanted.getLanguage())) return candidate;
        }
        return SUPPORTED.get(0);
    }

    /** The language's own name for itself ("English", "Deutsch"), as a menu shows it. */
    public static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.toString() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A whole number with the language's grouping, e.g. 12,345 or 12.345. */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A date and time in the language's medium style, in this machine's time zone. */
    public static String dateTime(TemporalAccessor instantOrDateTime) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instantOrDateTime);
    }

    /** A short duration: "45 s", "3 min 5 s", "2 h 10 min" (units from the bundle). */
    public static String duration(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        if (seconds < 60) return get("duration.seconds", seconds);
        if (seconds < 3600) return get("duration.minutesSeconds", seconds / 60, seconds % 60);
        return get("duration.hoursMinutes", seconds / 3600, (seconds % 3600) / 60);
    }

    static ResourceBundle bundle(Locale language) {
        // no fallback to the OS locale: a German machine asking for English must get English
        return ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
