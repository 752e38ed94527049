package dev.hoodadmin.ui.main;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.engine.PropertySync;
import dev.hoodadmin.ui.find.FilterExecution;
import dev.hoodadmin.ui.find.FindModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * State and commands of the main window: the properties on screen and the filter over them, and what the
 * status bar says. The reads and the copy kept on this computer are the account's {@link PropertySync}; this
 * class only runs them off the JavaFX thread and shows what they find. Call it on the JavaFX thread.
 */
public final class MainViewModel {
    /** Pages whose rows are not shown as they come (a refresh merges its rows at the end). */
    private static final PropertyPager.PageListener NO_ROWS = (rows, loaded, total) -> { };

    private final PropertySync sync;
    private final PropertyLoader loader;
    private final AccountLabel account;
    private final CountText counts;
    private final LoadedRows rows = new LoadedRows();
    private final ObservableList<ProfileProperty> readOnlyRows = FXCollections.unmodifiableObservableList(rows.list());
    private final FindModel find;
    private final PropertyCount count;
    private final LoadStatus status = new LoadStatus();
    private PropertyLoader.Load currentLoad;
    private Runnable beforeFullRead = () -> { };
    /** Until the window's first load starts, the rows kept on this computer may stand in for a full read. */
    private boolean opened;

    /**
     * @param sync      the account's properties; its calls run through {@code loader}
     * @param filtering where the filter passes run (off the JavaFX thread in the app)
     */
    public MainViewModel(PropertySync sync, PropertyLoader loader, FilterExecution filtering, AccountLabel account,
                         Locale locale) {
        this.sync = sync;
        this.loader = loader;
        this.account = account;
        this.counts = new CountText(locale);
        this.find = new FindModel(rows.list(), filtering);
        this.count = new PropertyCount(rows.list(), find, counts);
    }

    /**
     * Reads every property again; does nothing while a read runs. The window's first load instead shows the rows
     * kept on this computer at once, if there are any, and then reads only what changed since ({@link #refresh()}).
     */
    public void reload() {
        if (status.loadingProperty().get()) return;
        if (!opened && sync.keepsCopy()) {
            opened = true;
            // the first rows of the copy show while the rest is read; the page listener hands them to this thread
            start(pages -> sync.openFromCopy(first -> pages.onPage(first, first.size(), 0)), Texts.get("status.openingCopy"),
                    (first, loaded, total) -> {
                        count.setSource(RowSource.LOCAL_COPY_CHECKING); // the count says where the rows are from
                        rows.append(first);
                    }, this::showLocalCopy);
            return;
        }
        opened = true;
        beforeFullRead.run();
        rows.clear();
        count.setSource(RowSource.SERVER);
        start(sync::readAll, Texts.get("status.loading"), (newRows, loaded, total) -> {
            rows.append(newRows);
            status.say(counts.progress(loaded, total));
        }, all -> HeapRelease.afterLoad(all.size()));
    }

    private void showLocalCopy(List<ProfileProperty> kept) {
        if (kept.isEmpty()) {
            reload();
            return;
        }
        rows.append(kept.subList(rows.list().size(), kept.size())); // after the first rows shown already
        count.setSource(RowSource.LOCAL_COPY_CHECKING);
        refresh();
        HeapRelease.afterLoad(kept.size());
    }

    /** Told just before a full read empties the rows, so the window can keep the person's place for when they return. */
    public void beforeFullRead(Runnable action) {
        this.beforeFullRead = Objects.requireNonNull(action, "action");
    }

    /** Reads only what changed since the last complete read (or everything, without one) and shows it. */
    public void refresh() {
        if (status.loadingProperty().get()) return;
        if (!sync.canRefresh()) {
            reload();
            return;
        }
        if (count.source() == RowSource.LOCAL_COPY_UNCHECKED) count.setSource(RowSource.LOCAL_COPY_CHECKING);
        start(sync::refresh, Texts.get("status.checking"), NO_ROWS, changes -> {
            List<ProfileProperty> changed = new ArrayList<>(changes.updated());
            changed.addAll(changes.added());
            rows.merge(changed);
            rows.remove(changes.removed());
            count.setSource(RowSource.SERVER);
            status.refreshed(counts.refreshed(changes));
        });
    }

    private <T> void start(PropertyLoader.Work<T> work, String startText, PropertyPager.PageListener onPage,
                           Consumer<T> done) {
        status.started(startText);
        PropertyLoader.Load load = loader.start(work, new PropertyLoader.Listener<T>() {
            @Override
            public void onPage(List<ProfileProperty> newRows, int loaded, int total) {
                onPage.onPage(newRows, loaded, total);
                status.read(loaded, total);
            }

            @Override
            public void onFinished(T result) {
                finish();
                done.accept(result);
            }

            @Override
            public void onFailed(LoadError error) {
                currentLoad = null;
                status.failed(error);
                if (count.source() == RowSource.LOCAL_COPY_CHECKING) count.setSource(RowSource.LOCAL_COPY_UNCHECKED);
            }
        });
        // with an in-place executor the load may already be over here
        if (status.loadingProperty().get()) currentLoad = load;
    }

    /** Stops a running load, e.g. when the window closes; rows loaded so far stay. */
    public void cancel() {
        if (currentLoad != null) currentLoad.cancel();
        finish();
    }

    private void finish() {
        currentLoad = null;
        status.finished();
    }

    /** The loaded property with this id, if it is loaded. */
    public Optional<ProfileProperty> property(String id) {
        return rows.find(id);
    }

    /** Puts a newer copy of a loaded property in place (an applied edit; the account's sync keeps it itself). */
    public void replaceProperty(ProfileProperty updated) {
        rows.replace(updated);
    }

    /** Shows a property the server just created (at the end of the rows), or its newer copy if already shown. */
    public void addProperty(ProfileProperty created) {
        rows.merge(List.of(created));
    }

    /** Every loaded property, in server order; the table shows {@link FindModel#shownRows()}. */
    public ObservableList<ProfileProperty> properties() {
        return readOnlyRows;
    }

    /** The filter box and quick filters, and the rows that pass them. */
    public FindModel find() {
        return find;
    }

    /** Whether a read runs, how far it is, what a refresh found, and the last failure. */
    public LoadStatus status() {
        return status;
    }

    public AccountLabel account() {
        return account;
    }

    /**
     * "300 properties", or "Showing 12 of 300" while a filter narrows the table; while the rows are the copy
     * kept on this computer it says so, e.g. "300 properties (from this computer, checking for changes…)".
     */
    public ReadOnlyStringProperty propertyCountTextProperty() {
        return count.textProperty();
    }

    /** The count's short form for a narrow status bar, e.g. "300 properties (local copy)". */
    public ReadOnlyStringProperty propertyCountShortTextProperty() {
        return count.shortTextProperty();
    }
}
