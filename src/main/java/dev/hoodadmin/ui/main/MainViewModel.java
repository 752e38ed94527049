package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPager;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * State and commands of the main window: the loaded properties, load progress, the last load
 * error and what the status bar says. Holds no nodes; the view binds to it. Call it on the UI
 * thread (the loader delivers its results there).
 */
public final class MainViewModel {
    static final String DEMO_BANNER = "Demo mode — showing sample data from the built-in simulator. "
            + "Set HOOD_API_TOKEN to work on your account.";

    private final PropertyLoader loader;
    private final Endpoint endpoint;
    private final boolean demo;
    private final CountText counts;

    private final ObservableList<ProfileProperty> rows = FXCollections.observableArrayList();
    private final ObservableList<ProfileProperty> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper propertyCountText = new ReadOnlyStringWrapper(this, "propertyCountText");
    private final ReadOnlyObjectWrapper<LoadError> loadError = new ReadOnlyObjectWrapper<>(this, "loadError");
    private PropertyLoader.Load currentLoad;

    /** For the app: pages of 100, retries with real pauses, results delivered on the JavaFX thread. */
    public MainViewModel(PropertyApi api, Endpoint endpoint, boolean demo, Executor background) {
        this(new PropertyLoader(new PropertyPager(api, PropertyPager.Pause.REAL), PropertyLoader.DEFAULT_PAGE_SIZE,
                background, Platform::runLater), endpoint, demo, Locale.getDefault(Locale.Category.FORMAT));
    }

    public MainViewModel(PropertyLoader loader, Endpoint endpoint, boolean demo, Locale locale) {
        this.loader = loader;
        this.endpoint = endpoint;
        this.demo = demo;
        this.counts = new CountText(locale);
        propertyCountText.set(counts.properties(0));
        rows.addListener((ListChangeListener<ProfileProperty>) change ->
                propertyCountText.set(counts.properties(rows.size())));
    }

    /** Loads every property again from the first page; does nothing while a load is running. */
    public void reload() {
        if (loading.get()) return;
        rows.clear();
        loadError.set(null);
        loading.set(true);
        progress.set(-1);
        progressText.set("Loading properties…");
        PropertyLoader.Load load = loader.start(ListQuery.all(), new PropertyLoader.Listener() {
            @Override
            public void onPage(List<ProfileProperty> newRows, int loaded, int total) {
                rows.addAll(newRows);
                progress.set(total > 0 ? Math.min(1.0, (double) loaded / total) : -1);
                progressText.set(counts.progress(loaded, total));
            }

            @Override
            public void onFinished(int loaded) {
                finish();
            }

            @Override
            public void onFailed(LoadError error) {
                finish();
                loadError.set(error);
            }
        });
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
        return rows.stream().filter(row -> Objects.equals(row.id(), id)).findFirst();
    }

    /** Puts a newer copy of a loaded property in place of the row with its id (e.g. once an edit is applied). */
    public void replaceProperty(ProfileProperty updated) {
        for (int i = 0; i < rows.size(); i++) {
            if (Objects.equals(rows.get(i).id(), updated.id())) {
                rows.set(i, updated);
                return;
            }
        }
    }

    public void dismissError() {
        loadError.set(null);
    }

    private void finish() {
        currentLoad = null;
        loading.set(false);
        progress.set(0);
        progressText.set("");
    }

    /** The loaded properties, in server order (the view sorts its own copy). */
    public ObservableList<ProfileProperty> properties() {
        return readOnlyRows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** 0..1 while the total is known, -1 while it is not (an indeterminate indicator). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** e.g. "Loaded 240 of 5,000"; empty when no load is running. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** e.g. "300 properties". */
    public ReadOnlyStringProperty propertyCountTextProperty() {
        return propertyCountText.getReadOnlyProperty();
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
