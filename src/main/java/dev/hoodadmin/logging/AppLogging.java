package dev.hoodadmin.logging;

import dev.hoodadmin.files.OwnerOnly;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Sends java.util.logging (and so {@link System.Logger}) to rotating files
 * {@code <app-data>/logs/hood-admin-0.log … -4.log}, 2 MB each, owner-only like their folder, through the
 * {@link SecretRedactor}. Handlers already on the logger (the console) are made to redact too.
 */
public final class AppLogging implements AutoCloseable {
    public static final String FOLDER = "logs";
    static final String FILE_PREFIX = "hood-admin-";
    private static final int FILE_LIMIT_BYTES = 2 * 1024 * 1024;
    private static final int FILE_COUNT = 5;

    private final Logger logger;
    private final FileHandler fileHandler;
    private final Path directory;

    private AppLogging(Logger logger, FileHandler fileHandler, Path directory) {
        this.logger = logger;
        this.fileHandler = fileHandler;
        this.directory = directory;
    }

    /** Call once at start, before anything logs a token-bearing message. */
    public static AppLogging install(Path appDataDirectory, SecretRedactor redactor) throws IOException {
        return install(appDataDirectory.resolve(FOLDER), redactor, FILE_LIMIT_BYTES, FILE_COUNT, Logger.getLogger(""));
    }

    static AppLogging install(Path logDirectory, SecretRedactor redactor, int limitBytes, int count, Logger logger)
            throws IOException {
        OwnerOnly.createFolder(logDirectory);
        FileHandler file = new OwnerOnlyFileHandler(logDirectory, FILE_PREFIX, limitBytes, count);
        file.setEncoding("UTF-8");
        file.setFormatter(new RedactingFormatter(redactor, new LogLineFormatter()));
        for (Handler existing : logger.getHandlers()) {
            Formatter current = existing.getFormatter();
            if (!(current instanceof RedactingFormatter)) {
                existing.setFormatter(new RedactingFormatter(redactor, current));
            }
        }
        logger.addHandler(file);
        return new AppLogging(logger, file, logDirectory);
    }

    /** The folder "Help → Open log folder" shows. */
    public Path logDirectory() {
        return directory;
    }

    @Override
    public void close() {
        logger.removeHandler(fileHandler);
        fileHandler.close();
    }
}
