package dev.hoodadmin.ui.find;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the filter compares it: lower case and without accents, so "region" finds "Région".
 * Plain ASCII skips the Unicode normaliser, which is the slow part on 100,000 rows.
 */
public final class TextFolding {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private TextFolding() {
    }

    /** The folded form of {@code text}; null reads as empty. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) return "";
        if (isAscii(text)) return text.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) return false;
        }
        return true;
    }
}
