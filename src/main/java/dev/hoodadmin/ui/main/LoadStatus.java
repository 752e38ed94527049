package dev.hoodadmin.ui.main;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the window says about reading the properties: running or not, how far, what a refresh found, a failure. */
public final class LoadStatus {
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper refreshText = new ReadOnlyStringWrapper(this, "refreshText", "");
    private final ReadOnlyObjectWrapper<LoadError> error = new ReadOnlyObjectWrapper<>(this, "loadError");

    void started(String text) {
        error.set(null);
        refreshText.set("");
        loading.set(true);
        progress.set(-1);
        progressText.set(text);
    }

    void read(int loaded, int total) {
        progress.set(total > 0 ? Math.min(1.0, (double) loaded / total) : -1);
    }

    void say(String text) {
        progressText.set(text);
    }

    void refreshed(String found) {
        refreshText.set(found);
    }

    void finished() {
        loading.set(false);
        progress.set(0);
        progressText.set("");
    }

    /** The failure is set first: whoever hears the load end can already tell how it ended. */
    void failed(LoadError failure) {
        error.set(failure);
        finished();
    }

    public void dismissError() {
        error.set(null);
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

    /** What the last refresh found, e.g. "1 property updated"; empty after a reload. */
    public ReadOnlyStringProperty refreshTextProperty() {
        return refreshText.getReadOnlyProperty();
    }

    /** The failure of the last load, or null. */
    public ReadOnlyObjectProperty<LoadError> loadErrorProperty() {
        return error.getReadOnlyProperty();
    }
}
