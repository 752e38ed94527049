package dev.hoodadmin.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a first start from a data file that went missing. SQLite would quietly create a fresh, empty file
 * in place of a deleted or emptied one (and discard a journal it cannot match), so the pending edits would
 * vanish without a word. A marker written beside the file once it holds data, or a journal ({@code -wal},
 * {@code -shm}) present without it, shows that data existed: opening then stops with an error, and nothing
 * is deleted or overwritten.
 */
final class DataFileGuard {
    private static final int WAL_HEADER_BYTES = 32;
    private static final int WAL_MAGIC = 0x377f0682; // the low bit gives the checksum byte order

    private final Path file;
    private final Path marker;
    private final Path wal;
    private final Path shm;

    DataFileGuard(Path file) {
        this.file = file.toAbsolutePath();
        this.marker = sibling("-created");
        this.wal = sibling("-wal");
        this.shm = sibling("-shm");
    }

    /** Throws when the file is missing, empty or its journal cut off although data existed. */
    void checkBeforeOpen() {
        try {
            boolean missing = !Files.exists(file);
            if (!missing && Files.size(file) > 0) {
                checkJournalHeader();
                return;
            }
            List<String> evidence = new ArrayList<>();
            if (Files.exists(marker)) evidence.add("it was created before (" + marker.getFileName() + ")");
            if (Files.exists(wal)) evidence.add("its journal " + wal.getFileName() + " is still there");
            if (Files.exists(shm)) evidence.add(shm.getFileName() + " is still there");
            if (evidence.isEmpty()) return; // a genuine first start
            throw new DatabaseException("The data file " + file + " is " + (missing ? "missing" : "empty")
                    + " although " + String.join(" and ", evidence) + ". Nothing was deleted: restore the file from"
                    + " a backup, or move the " + file.getFileName() + "* files away to start with an empty one.");
        } catch (IOException e) {
            throw new DatabaseException("The data file " + file + " cannot be checked (" + e.getMessage()
                    + "). Nothing was deleted.", e);
        }
    }

    /**
     * SQLite writes the journal's 32-byte header in one piece, so a shorter or foreign header is damage, not a
     * crash; SQLite would reset such a journal and lose the edits committed in it.
     */
    private void checkJournalHeader() throws IOException {
        if (!Files.exists(wal) || Files.size(wal) == 0) return;
        byte[] header;
        try (InputStream in = Files.newInputStream(wal)) {
            header = in.readNBytes(WAL_HEADER_BYTES);
        }
        int magic = header.length < 4 ? 0
                : (header[0] & 0xff) << 24 | (header[1] & 0xff) << 16 | (header[2] & 0xff) << 8 | (header[3] & 0xff);
        if (header.length < WAL_HEADER_BYTES || (magic & ~1) != WAL_MAGIC) {
            throw new DatabaseException("The journal " + wal + " of the data file " + file.getFileName()
                    + " is cut off or damaged, so recent edits in it cannot be read. Nothing was deleted: restore"
                    + " both files from a backup, or move the " + file.getFileName() + "* files away to start afresh.");
        }
    }

    /** Records that the file holds data now; from here on its disappearance is an error. */
    void markCreated() {
        if (Files.exists(marker)) return;
        try {
            Files.writeString(marker, "Hood Admin created " + file.getFileName() + " here at " + Instant.now()
                    + ". While this marker exists, a missing or empty " + file.getFileName()
                    + " is reported instead of silently replaced.\n");
        } catch (IOException e) {
            throw new DatabaseException("Cannot write " + marker + ": " + e.getMessage(), e);
        }
    }

    private Path sibling(String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
