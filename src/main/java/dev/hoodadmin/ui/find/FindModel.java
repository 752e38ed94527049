package dev.hoodadmin.ui.find;

import dev.hoodadmin.api.ProfileProperty;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * State of the filter box, the quick filters and the column order, and the rows the table shows. Sorting and
 * filtering run as one pass on a background executor over an immutable snapshot ({@link RowPass}); its result
 * replaces the shown rows in one step on the JavaFX thread, unless a newer pass was asked for meanwhile (the
 * older one then stops early). A pass that only filters reuses the last sort. Keystrokes start a pass at once
 * while passes are fast, and wait for typing to pause while they are slow. A changed row (an applied edit) is
 * put in place where it is shown; added or removed rows start a pass. Use on the JavaFX thread.
 */
public final class FindModel {
    /** The data-type choice meaning "any type". */
    private static final System.Logger LOG = System.getLogger(FindModel.class.getName());
    public static final String ANY_DATA_TYPE = DataTypeChoices.ANY;
    /** Passes quicker than this run on every keystroke; slower ones wait for typing to pause. */
    static final long FAST_PASS_NANOS = 50_000_000L;

    private final ObservableList<ProfileProperty> rows;
    private final FilterExecution execution;
    private final ShownRows<ProfileProperty> shown = new ShownRows<>();
    private final ObservableList<ProfileProperty> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final DataTypeChoices dataTypes;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<KindChoice> kind = new SimpleObjectProperty<>(this, "kind", KindChoice.ALL);
    private final StringProperty dataType = new SimpleStringProperty(this, "dataType", ANY_DATA_TYPE);
    private final ObjectProperty<FlagChoice> piData = new SimpleObjectProperty<>(this, "piData", FlagChoice.ANY);
    private final ObjectProperty<FlagChoice> importable = new SimpleObjectProperty<>(this, "importable", FlagChoice.ANY);
    private final ObjectProperty<FlagChoice> exportable = new SimpleObjectProperty<>(this, "exportable", FlagChoice.ANY);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private RowOrder order = RowOrder.SERVER;
    private PlaceKeeper place = PlaceKeeper.NONE;
    /** Bumped for every new pass; a result whose number is no longer current is dropped. */
    private volatile long generation;
    /** The rows sorted by the last pass, while neither the rows nor the order changed since; else null. */
    private List<ProfileProperty> sortedRows;
    /** An immutable copy of the rows for the passes, made again only after the rows change (not per keystroke). */
    private List<ProfileProperty> rowsCopy;
    private RowOrder sortedBy;
    /** How long the last pass that only filtered took, and the last that sorted too (a keystroke's pass is one of them). */
    private volatile long lastFilterPassNanos;
    private volatile long lastSortPassNanos;
    private boolean passInFlight;
    private boolean replacementsScheduled;
    /** Rows changed in place (old copy to new), put where they are shown in one go. */
    private final Map<ProfileProperty, ProfileProperty> pendingReplacements = new IdentityHashMap<>();

    public FindModel(ObservableList<ProfileProperty> rows, FilterExecution execution) {
        this.rows = rows;
        this.execution = execution;
        this.dataTypes = new DataTypeChoices(rows);
        text.addListener((obs, old, value) -> {
            if (expectedPassNanos() < FAST_PASS_NANOS) {
                execution.typing().cancel();
                startPass();
            } else {
                execution.typing().submit(this::startPass);
            }
        });
        for (Observable quick : List.of(kind, dataType, piData, importable, exportable)) {
            quick.addListener(obs -> {
                execution.typing().cancel();
                startPass();
            });
        }
        rows.addListener(this::rowsChanged);
        startPass();
    }

    /** The rows that pass the filter, in the chosen order: what the table shows. Read-only. */
    public ObservableList<ProfileProperty> shownRows() {
        return readOnlyShown;
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

    /** The filter box's text as typed and the quick filters: what a rebuilt window puts back. */
    public record Filters(String text, KindChoice kind, String dataType, FlagChoice piData, FlagChoice importable,
                          FlagChoice exportable) {
        public static final Filters NONE = new Filters("", KindChoice.ALL, ANY_DATA_TYPE, FlagChoice.ANY,
                FlagChoice.ANY, FlagChoice.ANY);
    }

    public Filters filters() {
        return new Filters(text.get(), kind.get(), dataType.get(), piData.get(), importable.get(), exportable.get());
    }

    /** Sets the filter box and every quick filter; the rows follow in one pass per changed filter. */
    public void apply(Filters filters) {
        text.set(filters.text());
        kind.set(filters.kind());
        dataType.set(filters.dataType());
        piData.set(filters.piData());
        importable.set(filters.importable());
        exportable.set(filters.exportable());
    }

    /** Orders the shown rows (off the JavaFX thread); the same order again does nothing. */
    public void sortBy(RowOrder newOrder) {
        Objects.requireNonNull(newOrder, "newOrder");
        if (newOrder.equals(order)) return;
        order = newOrder;
        startPass();
    }

    public RowOrder order() {
        return order;
    }

    /** The table's keeper of selection and scroll position across a replacement of the shown rows. */
    public void keepPlaceWith(PlaceKeeper keeper) {
        this.place = Objects.requireNonNull(keeper, "keeper");
    }

    /** Empties the filter box; the quick filters stay. */
    public void clearText() {
        text.set("");
    }

    private void rowsChanged(ListChangeListener.Change<? extends ProfileProperty> change) {
        sortedRows = null;
        rowsCopy = null;
        boolean inPlaceOnly = true;
        while (change.next()) {
            if (change.wasReplaced() && change.getAddedSize() == change.getRemovedSize()) {
                for (int i = 0; i < change.getAddedSize(); i++) {
                    pendingReplacements.put(change.getRemoved().get(i), change.getAddedSubList().get(i));
                }
            } else {
                inPlaceOnly = false;
            }
        }
        if (!inPlaceOnly || passInFlight) {
            // a running pass read the rows before this change: a new one reads them after it
            pendingReplacements.clear();
            startPass();
        } else if (!replacementsScheduled) {
            replacementsScheduled = true;
            execution.tasks().ui().execute(this::applyReplacements);
        }
    }

    /** One scan of the shown rows for every row changed in place since the last scan. */
    private void applyReplacements() {
        replacementsScheduled = false;
        place.aroundInPlace(() -> {
            int due = pendingReplacements.size();
            for (int i = 0; i < shown.size() && due > 0; i++) {
                ProfileProperty replacement = pendingReplacements.get(shown.get(i));
                if (replacement != null) {
                    shown.replace(i, replacement);
                    due--;
                }
            }
        });
        pendingReplacements.clear();
    }

    /** How long the pass a keystroke starts now will probably take: one that reuses the last sort only filters. */
    private long expectedPassNanos() {
        boolean sorts = !order.isServerOrder() && !(order.equals(sortedBy) && sortedRows != null);
        return sorts ? lastSortPassNanos : lastFilterPassNanos;
    }

    private void startPass() {
        FilterCriteria criteria = criteria();
        long pass = ++generation;
        if (rowsCopy == null) rowsCopy = List.copyOf(rows);
        List<ProfileProperty> snapshot = rowsCopy;
        if (criteria.matchesEverything() && order.isServerOrder()) {
            // nothing to compute: show every row at once
            passInFlight = false;
            show(snapshot, snapshot, order, false);
            return;
        }
        RowOrder passOrder = order;
        List<ProfileProperty> reuse = passOrder.equals(sortedBy) ? sortedRows : null;
        RowPass.Input input = new RowPass.Input(snapshot, criteria, passOrder, reuse);
        passInFlight = true;
        execution.tasks().call(() -> {
                    long started = System.nanoTime();
                    RowPass.Result result = execution.computation().compute(input, () -> pass != generation);
                    long took = System.nanoTime() - started;
                    if (reuse != null || passOrder.isServerOrder()) lastFilterPassNanos = took; else lastSortPassNanos = took;
                    return result;
                })
                .onSuccess(result -> {
                    // null: the pass saw it was stale and stopped early
                    if (pass != generation) return;
                    passInFlight = false;
                    if (result != null) show(result.shown(), result.sorted(), passOrder, !criteria.matchesEverything());
                })
                .onFailure(failure -> {
                    if (pass == generation) passInFlight = false;
                    LOG.log(System.Logger.Level.ERROR, "Sorting or filtering the properties failed", failure);
                })
                .start();
    }

    private void show(List<ProfileProperty> next, List<ProfileProperty> sorted, RowOrder sortOrder, boolean filtering) {
        sortedRows = sorted;
        sortedBy = sortOrder;
        int old = shown.size();
        if (next.size() >= old && startsWith(next, shown)) {
            // rows only added at the end (pages arriving): nothing the person looks at moves
            if (next.size() > old) shown.append(next.subList(old, next.size()));
        } else {
            place.around(next, () -> shown.replaceAll(next));
        }
        active.set(filtering);
    }

    private static boolean startsWith(List<ProfileProperty> list, List<ProfileProperty> prefix) {
        for (int i = 0; i < prefix.size(); i++) {
            if (list.get(i) != prefix.get(i)) return false;
        }
        return true;
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
