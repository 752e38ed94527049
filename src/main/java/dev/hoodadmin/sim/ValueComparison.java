package dev.hoodadmin.sim;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How a stored value compares with a filter operand (always text from the query string).
 * Numbers compare numerically when both sides look numeric (so {@code 9 < 10} and ids order
 * by value); otherwise as strings, which also orders {@code yyyy-MM-dd HH:mm:ss} correctly.
 * A date-only operand on a timestamp field compares with the date part only, so
 * {@code create_time=lte:2024-12-31} includes the whole of that day.
 */
final class ValueComparison {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ValueComparison() {
    }

    /** @param value a non-null stored value */
    static int compare(PropertyField field, Object value, String operand) {
        String text = value.toString();
        if (isNumber(text) && isNumber(operand)) {
            return new BigDecimal(text).compareTo(new BigDecimal(operand));
        }
        if (field.kind() == PropertyField.Kind.TIMESTAMP && DATE_ONLY.matcher(operand).matches()
                && text.length() > operand.length()) {
            text = text.substring(0, operand.length());
        }
        return text.compareTo(operand);
    }

    private static boolean isNumber(String text) {
        // Bounded length keeps BigDecimal cheap; anything longer is compared as text.
        return text.length() <= 40 && NUMBER.matcher(text).matches();
    }
}
