package dev.hoodadmin.cli;

import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.account.AppDataDirectory;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.FolderLock;

import java.io.IOException;
import java.nio.file.Path;
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
    private final FolderLock lock;
    private final Database outboxDatabase;
    private final StagedEdits staged;

    private StateDirectory(Path folder, FolderLock lock, Database outboxDatabase, StagedEdits staged) {
        this.folder = folder;
        this.lock = lock;
        this.outboxDatabase = outboxDatabase;
        this.staged = staged;
    }

    static StateDirectory open(Path root, Endpoint endpoint) throws CliException {
        Path folder = root.resolve("cli").resolve(folderName(endpoint));
        FolderLock lock = null;
        try {
            AppDataDirectory.ensureExists(root);
            AppDataDirectory.ensureExists(folder.getParent());
            AppDataDirectory.ensureExists(folder);
            lock = FolderLock.tryAcquire(folder.resolve("cli.lock")).orElseThrow(() -> CliException.usage(
                    "another hood-admin apply or resume is using " + folder + "; wait for it to finish"));
            Database database = Database.open(folder.resolve("outbox.db"), AppSchema.current());
            return new StateDirectory(folder, lock, database, StagedEdits.open(folder.resolve("staged.db")));
        } catch (IOException e) {
            if (lock != null) lock.close();
            throw CliException.usage("cannot use the state folder " + folder + ": " + e.getMessage());
        } catch (RuntimeException e) {
            if (lock != null) lock.close();
            throw e;
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
            lock.close();
        }
    }
}
