package dev.hoodadmin.ui.table;

import dev.hoodadmin.ui.text.Texts;
import java.util.List;
import java.util.regex.Pattern;

/** How property values read in the table: nulls as empty, flags as Yes/No, lists joined. */
public final class PropertyText {
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private PropertyText() {
    }

    public static String flag(Boolean value) {
        if (value == null) return "";
        return Texts.get(value ? "common.yes" : "common.no");
    }

    public static String aliases(List<String> aliases) {
        return aliases == null ? "" : String.join(", ", aliases);
    }

    /** Line breaks become spaces so a cell stays one line high. */
    public static String singleLine(String text) {
        if (text == null) return "";
        String stripped = text.strip();
        // cells call this for every row they show: most texts have no break, and skip the regular expression
        return hasLineBreak(stripped) ? LINE_BREAK.matcher(stripped).replaceAll(" ") : stripped;
    }

    /** Whether {@code text} has a character {@code \R} matches. */
    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }
}
