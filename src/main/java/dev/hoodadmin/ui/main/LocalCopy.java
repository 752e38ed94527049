package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.edits.SerialExecutor;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The window's rows as kept on this computer: read once when the window opens, written after every read
 * from the server. Disk work runs one call at a time in the order asked (a refresh's rows never land before
 * the full read they update) on the background executor; what was read comes back on the UI executor.
 * A copy that cannot be read or written costs only speed, so failures are logged and never reach the person.
 */
public final class LocalCopy {
    private static final System.Logger LOG = System.getLogger(LocalCopy.class.getName());

    private final PropertyCacheAccess cache; // null: nothing is kept
    private final Executor disk;
    private final Executor ui;

    public LocalCopy(PropertyCacheAccess cache, Executor background, Executor ui) {
        this.cache = cache;
        this.disk = new SerialExecutor(background);
        this.ui = ui;
    }

    /** Keeps nothing: every window starts with a full read. */
    public static LocalCopy none() {
        return new LocalCopy(null, Runnable::run, Runnable::run);
    }

    boolean isKept() {
        return cache != null;
    }

    /** Reads the kept rows (empty if none or unreadable) and hands them to {@code onRead} unless cancelled first. */
    PropertyLoader.Load read(Consumer<List<ProfileProperty>> onRead) {
        AtomicBoolean cancelled = new AtomicBoolean();
        runOnDisk("read", () -> {
            List<ProfileProperty> kept = readQuietly();
            ui.execute(() -> {
                if (!cancelled.get()) onRead.accept(kept);
            });
        }, () -> ui.execute(() -> {
            if (!cancelled.get()) onRead.accept(List.of());
        }));
        return () -> cancelled.set(true);
    }

    /** Keeps exactly these rows (a full read): rows gone from the server go from the copy too. */
    void replaceAll(List<ProfileProperty> properties) {
        if (cache == null) return;
        List<ProfileProperty> snapshot = List.copyOf(properties); // the caller's list keeps changing on the UI thread
        write("replace", () -> cache.replaceAll(snapshot));
    }

    /** Puts changed rows in place by id (a refresh, an applied edit). */
    void upsert(List<ProfileProperty> properties) {
        if (cache == null || properties.isEmpty()) return;
        List<ProfileProperty> snapshot = List.copyOf(properties);
        write("update", () -> cache.upsert(snapshot));
    }

    private List<ProfileProperty> readQuietly() {
        if (cache == null) return List.of();
        try {
            return cache.loadAll();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the properties kept on this computer; "
                    + "reading them from the server instead", e);
            return List.of();
        }
    }

    private void write(String what, Runnable call) {
        runOnDisk(what, () -> {
            try {
                call.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not " + what + " the properties kept on this computer "
                        + "(the next start reads more from the server)", e);
            }
        }, () -> { });
    }

    private void runOnDisk(String what, Runnable work, Runnable ifRefused) {
        try {
            disk.execute(work);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not " + what + " the kept properties: the app is closing", e);
            ifRefused.run();
        }
    }
}
