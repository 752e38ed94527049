package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps rows in memory as the app's data file would, and remembers on which thread each write came. */
final class InMemoryPropertyCache implements PropertyCacheAccess {
    private final Map<String, ProfileProperty> rows = new LinkedHashMap<>();
    private final List<String> writingThreads = new ArrayList<>();
    private RuntimeException readFailure;

    InMemoryPropertyCache(List<ProfileProperty> kept) {
        kept.forEach(row -> rows.put(row.id(), row));
    }

    /** The next reads throw, as for a damaged file. */
    synchronized void failReads(RuntimeException failure) {
        readFailure = failure;
    }

    synchronized List<ProfileProperty> rows() {
        return List.copyOf(rows.values());
    }

    synchronized List<String> writingThreads() {
        return List.copyOf(writingThreads);
    }

    @Override
    public synchronized List<ProfileProperty> loadAll() {
        if (readFailure != null) throw readFailure;
        return List.copyOf(rows.values());
    }

    @Override
    public synchronized void replaceAll(List<ProfileProperty> properties) {
        writingThreads.add(Thread.currentThread().getName());
        rows.clear();
        properties.forEach(row -> rows.put(row.id(), row));
    }

    @Override
    public synchronized void upsert(List<ProfileProperty> properties) {
        writingThreads.add(Thread.currentThread().getName());
        properties.forEach(row -> rows.put(row.id(), row));
    }
}
