package dev.hoodadmin.ui.about;

import javafx.application.HostServices;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a folder with AWT's {@link Desktop} where it is supported (it reports failures), else with
 * JavaFX {@link HostServices}, which hands the file URI to the desktop's opener. Blocks: call off the FX thread.
 */
public final class SystemFolderOpener implements FolderOpener {
    private final HostServices hostServices;

    /** @param hostServices {@code Application.getHostServices()}, or null when there is no Application */
    public SystemFolderOpener(HostServices hostServices) {
        this.hostServices = hostServices;
    }

    @Override
    public void open(Path folder) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(folder.toFile());
        } else if (hostServices != null) {
            hostServices.showDocument(folder.toUri().toString());
        } else {
            throw new IOException("This system offers no way to open a folder");
        }
    }
}
