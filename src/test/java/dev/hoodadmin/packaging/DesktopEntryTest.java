package dev.hoodadmin.packaging;

import dev.hoodadmin.app.HoodAdminApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docks match a window to its menu entry by WM_CLASS. On GTK, JavaFX sets it to the binary name of the
 * Application class (PlatformImpl.setApplicationName; measured with xprop, and again by prove-deb.sh on the
 * installed app), so moving or renaming that class must change the menu entries with it.
 */
class DesktopEntryTest {
    @ParameterizedTest
    @ValueSource(strings = {"packaging/linux/Hood Admin.desktop", "packaging/linux/rpm/Hood Admin.desktop"})
    void startupWmClassIsTheJavaFxApplicationClass(String entry) throws Exception {
        assertThat(Files.readAllLines(Path.of(entry)))
                .contains("StartupWMClass=" + HoodAdminApp.class.getName());
    }
}
