package dev.hoodadmin.ui.edits;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.UpdatableField;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What the app checks before an edit is queued: the contract's length limits, the export alias's
 * characters and 0/1 flags. The server stays the judge; these only spare the person a round trip.
 * Lengths count Unicode code points, as the server does, so an emoji is one character.
 */
public final class FieldRules {
    public static final int EXAMPLE_MAX = 255;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int EXPORT_ALIAS_MAX = 64;
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_]*");

    private FieldRules() {
    }

    /** The longest text the field takes; empty for flags. */
    public static OptionalInt maxLength(UpdatableField field) {
        return switch (field) {
            case EXAMPLE -> OptionalInt.of(EXAMPLE_MAX);
            case DESCRIPTION -> OptionalInt.of(DESCRIPTION_MAX);
            case EXPORT_ALIAS -> OptionalInt.of(EXPORT_ALIAS_MAX);
            case PI_DATA, IMPORTABLE, EXPORTABLE -> OptionalInt.empty();
        };
    }

    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** Why the value cannot be sent for this field, in words for the person; empty when it can. */
    public static Optional<String> problem(UpdatableField field, String value) {
        if (field.isFlag()) {
            return "0".equals(value) || "1".equals(value) ? Optional.empty()
                    : Optional.of(Texts.get("edits.rule.flag", FieldNames.of(field)));
        }
        int max = maxLength(field).orElseThrow();
        int length = length(value);
        if (length > max) {
            return Optional.of(Texts.get("edits.rule.tooLong", FieldNames.of(field),
                    String.valueOf(length), String.valueOf(max)));
        }
        if (field == UpdatableField.EXPORT_ALIAS && value != null && !ALIAS.matcher(value).matches()) {
            return Optional.of(Texts.get("edits.rule.alias"));
        }
        return Optional.empty();
    }

    /** True when the new value differs for the person (an empty and an absent text look the same). */
    public static boolean isChange(UpdatableField field, String before, String after) {
        if (field.isFlag()) return !Objects.equals(before, after);
        return !Objects.equals(before == null ? "" : before, after == null ? "" : after);
    }

    /**
     * A flag as typed or pasted from a spreadsheet ("1", "yes", "TRUE", "x" …) in the form an edit uses,
     * "1" or "0"; empty when the text is not a yes or a no.
     */
    public static Optional<String> parseFlag(String text) {
        if (text == null) return Optional.empty();
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "1", "yes", "y", "true", "x" -> Optional.of("1");
            case "0", "no", "n", "false" -> Optional.of("0");
            default -> Optional.empty();
        };
    }
}
