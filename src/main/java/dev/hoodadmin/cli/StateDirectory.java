package dev.hoodadmin.cli;

import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.app.AppDataDirectory;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Locale;

/**
 * The command line's files for one API endpoint: {@code <state-dir>/cli/<host>[_<port>]/} with the outbox
 * ({@code outbox.db}), rows waiting to enter it ({@code staged.db}) and a lock file. One folder per
 * endpoint, so {@code resume} never sends edits meant for one server to another. The lock keeps two runs
 * from draining the same outbox at once.
 */
final class StateDirectory implements AutoCloseable {
    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Database outboxDatabase;
    private final StagedEdits staged;

    private StateDirectory(Path folder, FileChannel lockChannel, FileLock lock, Database outboxDatabase,
                           StagedEdits staged) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.outboxDatabase = outboxDatabase;
        this.staged = staged;
    }

    static StateDirectory open(Path root, Endpoint endpoint) throws CliException {
        Path folder = root.resolve("cli").resolve(folderName(endpoint));
        FileChannel channel = null;
        try {
            AppDataDirectory.ensureExists(root);
            AppDataDirectory.ensureExists(folder.getParent());
            AppDataDirectory.ensureExists(folder);
            channel = FileChannel.open(folder.resolve("cli.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw CliException.usage("another hood-admin apply or resume is using " + folder + "; wait for it to finish");
            }
            Database database = Database.open(folder.resolve("outbox.db"), AppSchema.current());
            return new StateDirectory(folder, channel, lock, database, StagedEdits.open(folder.resolve("staged.db")));
        } catch (IOException e) {
            closeQuietly(channel);
            throw CliException.usage("cannot use the state folder " + folder + ": " + e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process
        }
    }

    /** e.g. {@code api.ocamba.com} or {@code 127.0.0.1_8080}. */
    static String folderName(Endpoint endpoint) {
        String host = endpoint.baseUri().getHost().toLowerCase(Locale.ROOT);
        int port = endpoint.baseUri().getPort();
        String path = endpoint.baseUri().getPath() == null ? "" : endpoint.baseUri().getPath();
        String name = host + (port >= 0 ? "_" + port : "") + (path.isEmpty() || path.equals("/") ? "" : "_" + path);
        return name.replaceAll("[^a-z0-9._-]", "_");
    }

    Path folder() {
        return folder;
    }

    Outbox outbox(Clock clock) {
        return new Outbox(outboxDatabase, clock);
    }

    Database outboxDatabase() {
        return outboxDatabase;
    }

    StagedEdits staged() {
        return staged;
    }

    @Override
    public void close() {
        try {
            staged.close();
            outboxDatabase.close();
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel below releases it as well
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written to it
        }
    }
}
