package dev.hoodadmin.ui.main;

import dev.hoodadmin.engine.PropertySync;
import dev.hoodadmin.ui.text.Texts;
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

    /** While a filter narrows the table: "Showing 12 of 300". */
    String showing(int shown, int total) {
        return "Showing " + numbers.format(shown) + " of " + numbers.format(total);
    }

    /** The count, marked when the rows are the copy kept on this computer rather than a fresh read. */
    String from(RowSource source, String count) {
        return switch (source) {
            case SERVER -> count;
            case LOCAL_COPY_CHECKING -> count + " (from this computer, checking for changes…)";
            case LOCAL_COPY_UNCHECKED -> count + " (from this computer, not checked for changes)";
        };
    }

    /** The short form of {@link #from}: the count, and "(local copy)" for the rows kept on this computer. */
    String briefFrom(RowSource source, String count) {
        return source == RowSource.SERVER ? count : Texts.get("layout.status.countLocalCopy", count);
    }

    /** {@code total} is -1 when the server did not say. */
    String progress(int loaded, int total) {
        return total < 0 ? "Loaded " + numbers.format(loaded) : "Loaded " + numbers.format(loaded) + " of " + numbers.format(total);
    }

    /** What a refresh found: "No changes", "1 property updated", "2 properties updated, 1 new, 1 removed". */
    String refreshed(PropertySync.Changes changes) {
        if (changes.isEmpty()) return "No changes since the last read";
        StringBuilder text = new StringBuilder();
        if (!changes.updated().isEmpty()) text.append(properties(changes.updated().size())).append(" updated");
        if (!changes.added().isEmpty()) {
            text.append(text.length() > 0 ? ", " : "").append(numbers.format(changes.added().size())).append(" new");
        }
        if (!changes.removed().isEmpty()) {
            String removed = numbers.format(changes.removed().size()) + " removed";
            text.append(text.length() > 0 ? ", " + removed : properties(changes.removed().size()) + " removed");
        }
        return text.toString();
    }
}
