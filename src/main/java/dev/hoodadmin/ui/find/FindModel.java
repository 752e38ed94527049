package dev.hoodadmin.ui.find;

import dev.hoodadmin.api.ProfileProperty;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;

/**
 * State of the filter box and the quick filters, and the rows that pass them. The pass over the
 * rows runs on a background executor over an immutable snapshot; the result is applied on the
 * JavaFX thread unless a newer pass was asked for meanwhile. Typing is debounced; quick filters
 * apply at once. Use on the JavaFX thread.
 */
public final class FindModel {
    /** The data-type choice meaning "any type". */
    public static final String ANY_DATA_TYPE = DataTypeChoices.ANY;

    private final ObservableList<ProfileProperty> rows;
    private final FilterExecution execution;
    private final FilteredList<ProfileProperty> filtered;
    private final DataTypeChoices dataTypes;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<KindChoice> kind = new SimpleObjectProperty<>(this, "kind", KindChoice.ALL);
    private final StringProperty dataType = new SimpleStringProperty(this, "dataType", ANY_DATA_TYPE);
    private final ObjectProperty<FlagChoice> piData = new SimpleObjectProperty<>(this, "piData", FlagChoice.ANY);
    private final ObjectProperty<FlagChoice> importable = new SimpleObjectProperty<>(this, "importable", FlagChoice.ANY);
    private final ObjectProperty<FlagChoice> exportable = new SimpleObjectProperty<>(this, "exportable", FlagChoice.ANY);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    /** Bumped for every new pass; a result whose number is no longer current is dropped. */
    private volatile long generation;

    public FindModel(ObservableList<ProfileProperty> rows, FilterExecution execution) {
        this.rows = rows;
        this.execution = execution;
        this.filtered = new FilteredList<>(rows);
        this.dataTypes = new DataTypeChoices(rows);
        text.addListener((obs, old, value) -> execution.typing().submit(this::startPass));
        for (Observable quick : List.of(kind, dataType, piData, importable, exportable)) {
            quick.addListener(obs -> {
                execution.typing().cancel();
                startPass();
            });
        }
    }

    /** The rows that pass, in the order of the source rows (the table sorts its own view of them). */
    public ObservableList<ProfileProperty> filteredRows() {
        return filtered;
    }

    /** "" (any) followed by the data types of the loaded rows, sorted. */
    public ObservableList<String> dataTypeChoices() {
        return dataTypes.choices();
    }

    /** The criteria as they stand now (the table may still show the previous pass for a moment). */
    public FilterCriteria criteria() {
        return new FilterCriteria(text.get(), kind.get(), dataType.get(), piData.get(), importable.get(),
                exportable.get());
    }

    /** Empties the filter box; the quick filters stay. */
    public void clearText() {
        text.set("");
    }

    private void startPass() {
        FilterCriteria criteria = criteria();
        long pass = ++generation;
        if (criteria.matchesEverything()) {
            // nothing to compute: show every row at once
            apply(null, false);
            return;
        }
        List<ProfileProperty> snapshot = List.copyOf(rows);
        execution.tasks().call(() -> execution.computation().compute(snapshot, criteria, () -> pass != generation))
                .onSuccess(verdicts -> {
                    // null: the pass saw it was stale and stopped early
                    if (verdicts != null && pass == generation) apply(verdicts, true);
                })
                .start();
    }

    private void apply(Verdicts verdicts, boolean filtering) {
        filtered.setPredicate(verdicts == null ? null : verdicts.predicate());
        active.set(filtering);
    }

    /** True while a filter narrows the rows (the status bar then says "Showing 12 of 300"). */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<KindChoice> kindProperty() {
        return kind;
    }

    public StringProperty dataTypeProperty() {
        return dataType;
    }

    public ObjectProperty<FlagChoice> piDataProperty() {
        return piData;
    }

    public ObjectProperty<FlagChoice> importableProperty() {
        return importable;
    }

    public ObjectProperty<FlagChoice> exportableProperty() {
        return exportable;
    }
}
