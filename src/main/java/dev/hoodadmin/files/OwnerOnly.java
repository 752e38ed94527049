package dev.hoodadmin.files;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only their owner can read (POSIX 600 and 700): the outbox, cache, accounts list
 * and logs hold what people typed and may hold personal data. Where POSIX permissions do not exist
 * (Windows) nothing is changed, as the per-user profile folder is already private to its owner.
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER_PERMISSIONS = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /**
     * Creates the app's own folder (and missing parents, owner-only from the start) if needed, and narrows the
     * folder itself to owner-only, also when an older version created it with the default mode.
     */
    public static Path createFolder(Path dir) throws IOException {
        createMissingFolders(dir);
        restrict(dir, FOLDER_PERMISSIONS);
        return dir;
    }

    /**
     * Creates the folder and its missing parents, each owner-only from the start; a folder that exists is left
     * exactly as it is (a folder the person chose, such as {@code --state-dir}, is theirs to set).
     */
    public static Path createMissingFolders(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path level = dir.toAbsolutePath(); level != null && !Files.isDirectory(level); level = level.getParent()) {
            missing.push(level);
        }
        for (Path level : missing) {
            try {
                Files.createDirectory(level, PosixFilePermissions.asFileAttribute(FOLDER_PERMISSIONS));
            } catch (UnsupportedOperationException noPosix) {
                Files.createDirectory(level);
            } catch (FileAlreadyExistsException raced) {
                // another process created it just now: it is theirs as it is
            }
        }
        return dir;
    }

    /** Creates a new file that is owner-only from its first byte; fails if it exists. */
    public static void createFile(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS));
        } catch (UnsupportedOperationException noPosix) {
            Files.createFile(file);
        }
    }

    /** Creates the file (and its folders) if missing; an existing file is narrowed to owner-only. */
    public static void ensureFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try {
            createFile(file);
        } catch (FileAlreadyExistsException existingOrRaced) {
            // an earlier run (or another process just now) created it; narrowed below
        }
        restrictFile(file);
    }

    /** Narrows an existing file, e.g. one an older version wrote with the default mode. */
    public static void restrictFile(Path file) throws IOException {
        restrict(file, FILE_PERMISSIONS);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException noPosix) {
            // Windows: see the class comment
        }
    }
}
