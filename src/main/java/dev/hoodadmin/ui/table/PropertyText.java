package dev.hoodadmin.ui.table;

import dev.hoodadmin.ui.text.Texts;
import java.util.List;

/** How property values read in the table: nulls as empty, flags as Yes/No, lists joined. */
public final class PropertyText {
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
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
