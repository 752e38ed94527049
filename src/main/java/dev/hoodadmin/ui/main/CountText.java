package dev.hoodadmin.ui.main;

import java.text.NumberFormat;
import java.util.Locale;

/** Counts as the status bar says them, grouped for the person's locale ("5,000" in English). */
final class CountText {
    private final NumberFormat numbers;

    CountText(Locale locale) {
        this.numbers = NumberFormat.getIntegerInstance(locale);
    }

    String properties(int count) {
        return numbers.format(count) + (count == 1 ? " property" : " properties");
    }

    /** {@code total} is -1 when the server did not say. */
    String progress(int loaded, int total) {
        return total < 0 ? "Loaded " + numbers.format(loaded) : "Loaded " + numbers.format(loaded) + " of " + numbers.format(total);
    }
}
