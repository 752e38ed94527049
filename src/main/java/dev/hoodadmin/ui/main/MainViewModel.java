package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.Filter;
import dev.hoodadmin.api.FilterOperator;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.api.SortKey;
import dev.hoodadmin.ui.find.FilterExecution;
import dev.hoodadmin.ui.find.FindModel;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * State and commands of the main window: the loaded properties and the filter over them, load
 * progress, the last load error and what the status bar says. Every read from the server is also kept
 * on this computer ({@link LocalCopy}), so the next window opens with it and reads only what changed.
 * Holds no nodes; the view binds to it. Call it on the UI thread (the loader delivers its results there).
 */
public final class MainViewModel {
    static final String DEMO_BANNER = "Demo mode — showing sample data from the built-in simulator. "
            + "To work on your account, sign in with the account menu in the status bar (or set HOOD_API_TOKEN).";
    static final String CHECKING = "Checking for changes…";
    static final String READING_LOCAL_COPY = "Opening the copy on this computer…";

    private final PropertyLoader loader;
    private final Endpoint endpoint;
    private final boolean demo;
    private final CountText counts;
    private final LocalCopy localCopy;

    private final LoadedRows rows = new LoadedRows();
    private final ObservableList<ProfileProperty> readOnlyRows = FXCollections.unmodifiableObservableList(rows.list());
    private final FindModel find;
    private final PropertyCount count;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper refreshText = new ReadOnlyStringWrapper(this, "refreshText", "");
    private final ReadOnlyObjectWrapper<LoadError> loadError = new ReadOnlyObjectWrapper<>(this, "loadError");
    private PropertyLoader.Load currentLoad;
    /** The newest update_time of the last complete read (or of the kept rows); null until there is one. */
    private String readUpTo;
    /** Until the window's first load starts, the rows kept on this computer may stand in for a full read. */
    private boolean opened;
    /** While the kept rows are read, {@link #currentLoad} is that read (a finished read must not stay there). */
    private boolean readingLocalCopy;

    /** Like {@link #MainViewModel(PropertyApi, Endpoint, boolean, Executor, PropertyCacheAccess)}, keeping nothing. */
    public MainViewModel(PropertyApi api, Endpoint endpoint, boolean demo, Executor background) {
        this(api, endpoint, demo, background, null);
    }

    /**
     * For the app: pages of 100, retries with real pauses, filtering and the kept copy on {@code background},
     * results on the JavaFX thread. {@code cache} may be null: then every window starts with a full read.
     */
    public MainViewModel(PropertyApi api, Endpoint endpoint, boolean demo, Executor background,
                         PropertyCacheAccess cache) {
        this(new PropertyLoader(new PropertyPager(api, PropertyPager.Pause.REAL), PropertyLoader.DEFAULT_PAGE_SIZE,
                background, Platform::runLater), FilterExecution.app(background), endpoint, demo,
                Locale.getDefault(Locale.Category.FORMAT),
                cache == null ? LocalCopy.none() : new LocalCopy(cache, background, Platform::runLater));
    }

    /** Filters on the calling thread, without a typing pause: for tests that run without a toolkit. */
    public MainViewModel(PropertyLoader loader, Endpoint endpoint, boolean demo, Locale locale) {
        this(loader, FilterExecution.inPlace(), endpoint, demo, locale);
    }

    public MainViewModel(PropertyLoader loader, FilterExecution filtering, Endpoint endpoint, boolean demo,
                         Locale locale) {
        this(loader, filtering, endpoint, demo, locale, LocalCopy.none());
    }

    public MainViewModel(PropertyLoader loader, FilterExecution filtering, Endpoint endpoint, boolean demo,
                         Locale locale, LocalCopy localCopy) {
        this.loader = loader;
        this.localCopy = localCopy;
        this.endpoint = endpoint;
        this.demo = demo;
        this.counts = new CountText(locale);
        this.find = new FindModel(rows.list(), filtering);
        this.count = new PropertyCount(rows.list(), find, counts);
    }

    /**
     * Loads every property again from the first page, and keeps them on this computer; does nothing while a
     * load is running. The window's first load instead shows the rows kept on this computer at once, if there
     * are any, and then reads only what changed since (see {@link #refresh()}).
     */
    public void reload() {
        if (loading.get()) return;
        if (!opened) {
            opened = true;
            if (localCopy.isKept()) {
                openFromLocalCopy();
                return;
            }
        }
        readEverything();
    }

    private void openFromLocalCopy() {
        loading.set(true);
        progress.set(-1);
        progressText.set(READING_LOCAL_COPY);
        readingLocalCopy = true;
        PropertyLoader.Load read = localCopy.read(this::showLocalCopy);
        // with an in-place executor the rows may already be shown (and a refresh running) here
        if (readingLocalCopy) currentLoad = read;
    }

    private void showLocalCopy(List<ProfileProperty> kept) {
        finish();
        if (kept.isEmpty()) {
            readEverything();
            return;
        }
        rows.append(kept);
        readUpTo = rows.newestUpdateTime();
        count.setSource(RowSource.LOCAL_COPY_CHECKING);
        refresh();
    }

    private void readEverything() {
        rows.clear();
        readUpTo = null;
        count.setSource(RowSource.SERVER);
        start(ListQuery.all(), "Loading properties…", new LoadListener() {
            @Override
            public void onPage(List<ProfileProperty> newRows, int loaded, int total) {
                rows.append(newRows);
                progress.set(total > 0 ? Math.min(1.0, (double) loaded / total) : -1);
                progressText.set(counts.progress(loaded, total));
            }

            @Override
            public void onFinished(int loaded) {
                finish();
                readUpTo = rows.newestUpdateTime();
                localCopy.replaceAll(rows.list());
            }
        });
    }

    /**
     * Reads only the rows changed since the last complete read ({@code update_time} at or after the
     * newest one seen: rows changed within that same second are read again and merged harmlessly)
     * and puts them in place by id. Without a complete read to start from, reloads everything.
     */
    public void refresh() {
        if (loading.get()) return;
        if (readUpTo == null) {
            reload();
            return;
        }
        if (count.source() == RowSource.LOCAL_COPY_UNCHECKED) count.setSource(RowSource.LOCAL_COPY_CHECKING);
        ListQuery changed = ListQuery.all().withFilter(Filter.of("update_time", FilterOperator.GTE, readUpTo))
                .withSort(SortKey.asc("update_time"));
        int[] merged = new int[2];
        start(changed, CHECKING, new LoadListener() {
            @Override
            public void onPage(List<ProfileProperty> newRows, int loaded, int total) {
                LoadedRows.Merge merge = rows.merge(newRows);
                merged[0] += merge.updated();
                merged[1] += merge.added();
                if (merge.updated() + merge.added() > 0) localCopy.upsert(newRows);
                progress.set(total > 0 ? Math.min(1.0, (double) loaded / total) : -1);
            }

            @Override
            public void onFinished(int loaded) {
                finish();
                readUpTo = rows.newestUpdateTime();
                count.setSource(RowSource.SERVER);
                refreshText.set(counts.refreshed(new LoadedRows.Merge(merged[0], merged[1])));
            }
        });
    }

    private void start(ListQuery query, String startText, LoadListener listener) {
        loadError.set(null);
        refreshText.set("");
        loading.set(true);
        progress.set(-1);
        progressText.set(startText);
        PropertyLoader.Load load = loader.start(query, listener);
        // with an in-place executor the load may already be over here
        if (loading.get()) currentLoad = load;
    }

    /** Stops a running load, e.g. when the window closes; rows loaded so far stay. */
    public void cancel() {
        if (currentLoad != null) currentLoad.cancel();
        finish();
    }

    /** The loaded property with this id, if it is loaded. */
    public Optional<ProfileProperty> property(String id) {
        return rows.find(id);
    }

    /** Puts a newer copy of a loaded property in place of the row with its id (e.g. once an edit is applied). */
    public void replaceProperty(ProfileProperty updated) {
        if (rows.replace(updated)) localCopy.upsert(List.of(updated));
    }

    public void dismissError() {
        loadError.set(null);
    }

    private void finish() {
        currentLoad = null;
        readingLocalCopy = false;
        loading.set(false);
        progress.set(0);
        progressText.set("");
    }

    /** A load whose failure ends it and shows the error. */
    private abstract class LoadListener implements PropertyLoader.Listener {
        @Override
        public void onFailed(LoadError error) {
            finish();
            loadError.set(error);
            if (count.source() == RowSource.LOCAL_COPY_CHECKING) count.setSource(RowSource.LOCAL_COPY_UNCHECKED);
        }
    }

    /** Every loaded property, in server order; the table shows {@link FindModel#filteredRows()} of it, sorted. */
    public ObservableList<ProfileProperty> properties() {
        return readOnlyRows;
    }

    /** The filter box and quick filters, and the rows that pass them. */
    public FindModel find() {
        return find;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** 0..1 while the total is known, -1 while it is not (an indeterminate indicator). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** e.g. "Loaded 240 of 5,000" or "Checking for changes…"; empty when no load is running. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /**
     * "300 properties", or "Showing 12 of 300" while a filter narrows the table; while the rows are the copy
     * kept on this computer it says so, e.g. "300 properties (from this computer, checking for changes…)".
     */
    public ReadOnlyStringProperty propertyCountTextProperty() {
        return count.textProperty();
    }

    /** What the last refresh found, e.g. "1 property updated"; empty after a reload. */
    public ReadOnlyStringProperty refreshTextProperty() {
        return refreshText.getReadOnlyProperty();
    }

    /** The failure of the last load, or null. */
    public ReadOnlyObjectProperty<LoadError> loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public String endpointText() {
        return endpoint.toString();
    }

    public boolean isDemo() {
        return demo;
    }

    public String modeText() {
        return demo ? "Demo (built-in simulator)" : "Live";
    }

    public String demoBannerText() {
        return DEMO_BANNER;
    }
}
