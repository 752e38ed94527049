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
        return Texts.plural("status.count.properties", count, numbers.format(count));
    }

    /** While a filter narrows the table: "Showing 12 of 300". */
    String showing(int shown, int total) {
        return Texts.get("status.count.showing", numbers.format(shown), numbers.format(total));
    }

    /** The count, marked when the rows are the copy kept on this computer rather than a fresh read. */
    String from(RowSource source, String count) {
        return switch (source) {
            case SERVER -> count;
            case LOCAL_COPY_CHECKING -> Texts.get("status.count.localChecking", count);
            case LOCAL_COPY_UNCHECKED -> Texts.get("status.count.localUnchecked", count);
        };
    }

    /** The short form of {@link #from}: the count, and "(local copy)" for the rows kept on this computer. */
    String briefFrom(RowSource source, String count) {
        return source == RowSource.SERVER ? count : Texts.get("layout.status.countLocalCopy", count);
    }

    /** {@code total} is -1 when the server did not say. */
    String progress(int loaded, int total) {
        return total < 0 ? Texts.get("status.loaded", numbers.format(loaded))
                : Texts.get("status.loadedOf", numbers.format(loaded), numbers.format(total));
    }

    /** What a refresh found: "No changes", "1 property updated", "2 properties updated, 1 new, 1 removed". */
    String refreshed(PropertySync.Changes changes) {
        if (changes.isEmpty()) return Texts.get("status.refresh.none");
        StringBuilder text = new StringBuilder();
        if (!changes.updated().isEmpty()) text.append(Texts.get("status.refresh.updated", properties(changes.updated().size())));
        if (!changes.added().isEmpty()) {
            text.append(text.length() > 0 ? ", " : "")
                    .append(Texts.get("status.refresh.added", numbers.format(changes.added().size())));
        }
        if (!changes.removed().isEmpty()) {
            // the first part names the noun ("3 properties removed"), later ones lean on it ("…, 1 removed")
            text.append(text.length() > 0
                    ? ", " + Texts.get("status.refresh.removed", numbers.format(changes.removed().size()))
                    : Texts.get("status.refresh.removed", properties(changes.removed().size())));
        }
        return text.toString();
    }
}
