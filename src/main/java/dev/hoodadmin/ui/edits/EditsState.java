package dev.hoodadmin.ui.edits;

import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditError;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.OutboxEvent;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The outbox as the views see it, keyed by property id so the table's rows (the server's data) stay as
 * they are and cells overlay what is unsent. Fed on the JavaFX thread by {@link OutboxBridge}; every batch
 * of changes bumps {@link #revisionProperty()}, which cells and panes observe. JavaFX thread only.
 */
public final class EditsState {
    private final Map<Long, Edit> byId = new LinkedHashMap<>();
    private final Map<String, Map<Long, Edit>> unsentByProperty = new HashMap<>();
    private final Map<String, Map<Long, Edit>> landingByProperty = new HashMap<>();
    private final Map<String, String> refusals = new HashMap<>();
    private final Set<Long> removedBeforeSnapshot = new HashSet<>();
    private final ObservableList<Edit> edits = FXCollections.observableArrayList();
    private final ObservableList<Edit> readOnlyEdits = FXCollections.unmodifiableObservableList(edits);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper pausedForCredentials = new ReadOnlyBooleanWrapper(this, "pausedForCredentials");
    private final ReadOnlyObjectWrapper<EditError> credentialsError = new ReadOnlyObjectWrapper<>(this, "credentialsError");
    private final List<Consumer<Edit>> appliedListeners = new ArrayList<>();
    private boolean snapshotLoaded;

    /** Takes the outbox's events of one batch, in commit order. */
    public void apply(List<OutboxEvent> events) {
        for (OutboxEvent event : events) apply(event);
        revision.set(revision.get() + 1);
    }

    private void apply(OutboxEvent event) {
        if (event instanceof OutboxEvent.EditEnqueued enqueued) {
            put(enqueued.edit());
        } else if (event instanceof OutboxEvent.EditUpdated updated) {
            put(updated.edit());
            if (updated.stateChanged() && updated.edit().state() == EditState.APPLIED) {
                // shown from here until the row has the values, so cells never flash the old ones
                entry(landingByProperty, updated.edit().propertyId()).put(updated.edit().id(), updated.edit());
                appliedListeners.forEach(listener -> listener.accept(updated.edit()));
            }
        } else if (event instanceof OutboxEvent.EditRemoved removed) {
            remove(removed.edit());
        } else if (event instanceof OutboxEvent.QueuePausedForCredentials paused) {
            markPausedForCredentials(paused.error());
        } else if (event instanceof OutboxEvent.QueueResumed) {
            pausedForCredentials.set(false);
            credentialsError.set(null);
        }
    }

    /**
     * Takes every edit the outbox held when the views started (edits from an earlier session). Events may
     * have overtaken it on their way to this thread: what they said is newer and stays.
     */
    public void applySnapshot(List<Edit> all) {
        if (snapshotLoaded) return;
        snapshotLoaded = true;
        for (Edit edit : all) {
            if (!byId.containsKey(edit.id()) && !removedBeforeSnapshot.contains(edit.id())) put(edit);
        }
        removedBeforeSnapshot.clear();
        revision.set(revision.get() + 1);
    }

    /** The property's unsent edits and refusal; {@link RowEditState#NONE} when it has none. */
    public RowEditState row(String propertyId) {
        Map<Long, Edit> unsent = unsentByProperty.get(propertyId);
        Map<Long, Edit> landing = landingByProperty.get(propertyId);
        String refusal = refusals.get(propertyId);
        if (unsent == null && landing == null && refusal == null) return RowEditState.NONE;
        return new RowEditState(unsent == null ? List.of() : List.copyOf(unsent.values()),
                landing == null ? List.of() : List.copyOf(landing.values()), refusal);
    }

    /** The loaded row now shows an accepted edit's values (see {@link #onApplied}). */
    public void landed(Edit edit) {
        Map<Long, Edit> landing = landingByProperty.get(edit.propertyId());
        if (landing == null || landing.remove(edit.id()) == null) return;
        if (landing.isEmpty()) landingByProperty.remove(edit.propertyId());
        revision.set(revision.get() + 1);
    }

    /** Shows the outbox's refusal of a save on the row until the next save or revert of it. */
    public void setRefusal(String propertyId, String message) {
        if (message == null) refusals.remove(propertyId);
        else refusals.put(propertyId, message);
        revision.set(revision.get() + 1);
    }

    /** Every edit the outbox holds (applied ones until cleared), oldest first: the queue panel's rows. */
    public ObservableList<Edit> edits() {
        return readOnlyEdits;
    }

    /**
     * Called with each edit the server has just accepted, so its row can take the new values; the listener
     * calls {@link #landed} once the row shows them (until then the values are overlaid).
     */
    public void onApplied(Consumer<Edit> listener) {
        appliedListeners.add(listener);
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** True while sending is paused because the server refused the token (401/403). */
    public ReadOnlyBooleanProperty pausedForCredentialsProperty() {
        return pausedForCredentials.getReadOnlyProperty();
    }

    /** The server's words when it refused the token; null when not paused or not known. */
    public ReadOnlyObjectProperty<EditError> credentialsErrorProperty() {
        return credentialsError.getReadOnlyProperty();
    }

    /** Sending is paused for credentials ({@code error} may be null, e.g. for a worker found paused). */
    public void markPausedForCredentials(EditError error) {
        credentialsError.set(error);
        pausedForCredentials.set(true);
    }

    private void put(Edit edit) {
        Edit previous = byId.put(edit.id(), edit);
        if (previous == null) {
            edits.add(edit);
        } else {
            edits.set(indexOf(edit.id()), edit);
        }
        Map<Long, Edit> unsent = entry(unsentByProperty, edit.propertyId());
        if (edit.state() == EditState.APPLIED) unsent.remove(edit.id());
        else unsent.put(edit.id(), edit);
        if (unsent.isEmpty()) unsentByProperty.remove(edit.propertyId());
    }

    private void remove(Edit edit) {
        if (!snapshotLoaded) removedBeforeSnapshot.add(edit.id());
        if (byId.remove(edit.id()) == null) return;
        edits.remove(indexOf(edit.id()));
        Map<Long, Edit> unsent = unsentByProperty.get(edit.propertyId());
        if (unsent != null) {
            unsent.remove(edit.id());
            if (unsent.isEmpty()) unsentByProperty.remove(edit.propertyId());
        }
    }

    private static Map<Long, Edit> entry(Map<String, Map<Long, Edit>> byProperty, String propertyId) {
        return byProperty.computeIfAbsent(propertyId, id -> new LinkedHashMap<>());
    }

    private int indexOf(long editId) {
        for (int i = edits.size() - 1; i >= 0; i--) {
            if (edits.get(i).id() == editId) return i;
        }
        throw new IllegalStateException("edit " + editId + " is not listed");
    }
}
