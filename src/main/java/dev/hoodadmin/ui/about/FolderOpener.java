package dev.hoodadmin.ui.about;

import java.nio.file.Path;

/** Shows a folder in the system's file manager; throws when that cannot be done. */
@FunctionalInterface
public interface FolderOpener {
    void open(Path folder) throws Exception;
}
