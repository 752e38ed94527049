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

    /**
     * Whether the folded form of {@code text} contains {@code folded} (itself folded). ASCII text is searched
     * ignoring case where it is, without a folded copy: a filter pass over 100,000 rows then allocates next to
     * nothing, so it no longer brings on a garbage collection, which stops the JavaFX thread too.
     */
    public static boolean contains(String text, String folded) {
        int last = text.length() - folded.length();
        for (int start = 0; start < text.length(); start++) {
            char c = text.charAt(start);
            if (c >= 128) return fold(text).contains(folded);
            if (start <= last && matchesAt(text, start, folded)) return true;
        }
        return folded.isEmpty();
    }

    /** Whether {@code folded} is at {@code start} of {@code text}, upper-case ASCII letters read as lower case. */
    private static boolean matchesAt(String text, int start, String folded) {
        for (int i = 0; i < folded.length(); i++) {
            char c = text.charAt(start + i);
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if (c != folded.charAt(i)) return false;
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) return false;
        }
        return true;
    }
}
