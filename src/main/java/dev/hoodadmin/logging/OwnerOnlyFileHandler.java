package dev.hoodadmin.logging;

import dev.hoodadmin.files.OwnerOnly;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;

/**
 * Rotating log files {@code <prefix>0.log … <prefix>(count-1).log} readable by their owner only: those
 * of earlier runs, and the fresh one each rotation opens (which the JDK creates with the default mode).
 */
final class OwnerOnlyFileHandler extends FileHandler {
    private final Path directory;
    private final String prefix;

    OwnerOnlyFileHandler(Path directory, String prefix, int limitBytes, int count) throws IOException {
        // FileHandler patterns treat '%' specially; a literal one in the folder name must be doubled
        super(directory.toAbsolutePath().toString().replace("%", "%%") + "/" + prefix + "%g.log", limitBytes, count, true);
        this.directory = directory;
        this.prefix = prefix;
        restrictLogFiles();
    }

    /** FileHandler calls this each time it opens a file: at start (fields not yet set) and on every rotation. */
    @Override
    protected synchronized void setOutputStream(OutputStream out) {
        super.setOutputStream(out);
        if (directory == null) return; // still inside the constructor, which restricts once it is done
        try {
            restrictLogFiles();
        } catch (IOException e) {
            reportError("Cannot make the log files owner-only", e, ErrorManager.OPEN_FAILURE);
        }
    }

    private void restrictLogFiles() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, prefix + "*")) {
            for (Path file : files) OwnerOnly.restrictFile(file);
        }
    }
}
