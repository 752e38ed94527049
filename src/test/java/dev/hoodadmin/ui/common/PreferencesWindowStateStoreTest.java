package dev.hoodadmin.ui.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesWindowStateStoreTest {
    // a throw-away node per test, removed afterwards, so the person's real settings are never touched
    private final Preferences node = Preferences.userRoot().node("dev/hoodadmin/test/" + UUID.randomUUID());
    private final PreferencesWindowStateStore store = new PreferencesWindowStateStore(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void nothingSavedLoadsNothing() {
        assertThat(store.load()).isEmpty();
    }

    @Test
    void savedStateComesBackWithColumnOrderAndWidths() {
        WindowState state = new WindowState(-1200.5, 40, 1300, 720, true, List.of(
                new ColumnState("labelColumn", 210.25), new ColumnState("idColumn", 80)));

        store.save(state);

        assertThat(new PreferencesWindowStateStore(node).load()).contains(state);
    }

    @Test
    void hiddenColumnsComeBackHiddenAndAnOlderLayoutWithoutTheMarkIsAllShown() {
        WindowState state = new WindowState(0, 0, 1000, 700, false, List.of(
                new ColumnState("targetColumn", 160, false), new ColumnState("labelColumn", 210)));

        store.save(state);

        assertThat(new PreferencesWindowStateStore(node).load()).contains(state);
        node.put(PreferencesWindowStateStore.COLUMNS, "targetColumn=160.0;labelColumn=210.0");
        assertThat(store.load().orElseThrow().columns()).extracting(ColumnState::visible).containsExactly(true, true);
    }

    @Test
    void handEditedGarbageIsIgnoredNotThrown() {
        store.save(new WindowState(10, 10, 800, 600, false, List.of()));
        node.put(PreferencesWindowStateStore.COLUMNS, "idColumn=wide;labelColumn");

        assertThat(store.load()).isEmpty();
    }

    @Test
    void nonPositiveSizeIsIgnored() {
        store.save(new WindowState(10, 10, 800, 600, false, List.of()));
        node.put(PreferencesWindowStateStore.WIDTH, "0");

        assertThat(store.load()).isEmpty();
    }
}
