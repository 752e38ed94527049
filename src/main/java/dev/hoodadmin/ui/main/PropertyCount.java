package dev.hoodadmin.ui.main;

import dev.hoodadmin.ui.find.FindModel;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The status bar's count: how many properties are loaded (or shown, while a filter narrows them), and
 * whether they are the copy kept on this computer rather than a fresh read. Use on the JavaFX thread.
 */
final class PropertyCount {
    private final ObservableList<?> rows;
    private final FindModel find;
    private final CountText counts;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "propertyCountText");
    private final ReadOnlyStringWrapper shortText = new ReadOnlyStringWrapper(this, "propertyCountShortText");
    private RowSource source = RowSource.SERVER;

    PropertyCount(ObservableList<?> rows, FindModel find, CountText counts) {
        this.rows = rows;
        this.find = find;
        this.counts = counts;
        for (Observable count : List.<Observable>of(rows, find.shownRows(), find.activeProperty())) {
            count.addListener(obs -> update());
        }
        update();
    }

    RowSource source() {
        return source;
    }

    void setSource(RowSource newSource) {
        source = newSource;
        update();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The count without the long words, for a narrow status bar. */
    ReadOnlyStringProperty shortTextProperty() {
        return shortText.getReadOnlyProperty();
    }

    private void update() {
        int total = rows.size();
        String count = find.activeProperty().get()
                ? counts.showing(find.shownRows().size(), total) : counts.properties(total);
        text.set(counts.from(source, count));
        shortText.set(counts.briefFrom(source, count));
    }
}
