package dev.hoodadmin.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates files only their owner can read (POSIX 600). The outbox holds what people typed, which may be
 * personal data. Where POSIX permissions do not exist (Windows) the user profile's own ACLs apply.
 */
final class OwnerOnlyFiles {
    static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Creates the file (and its folders) if missing; an existing file is narrowed to owner-only. */
    static void ensure(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        boolean posix = Files.getFileStore(parent == null ? file : parent)
                .supportsFileAttributeView(PosixFileAttributeView.class);
        if (!Files.exists(file)) {
            try {
                if (posix) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
                } else {
                    Files.createFile(file);
                }
            } catch (FileAlreadyExistsException raced) {
                // another process created it first; narrowed below
            }
        }
        if (posix) Files.setPosixFilePermissions(file, OWNER_READ_WRITE);
    }
}
