package dev.hoodadmin.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive OS lock on a lock file, so two processes (two app windows, or the app and a CLI run)
 * never drain the same outbox at once. The OS releases it if the process dies.
 */
public final class FolderLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or this one) already holds it. */
    public static Optional<FolderLock> tryAcquire(Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) return Optional.of(new FolderLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            // held by this very process
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it as well
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written to it
        }
    }
}
