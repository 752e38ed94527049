package dev.hoodadmin.engine;

import dev.hoodadmin.api.Filter;
import dev.hoodadmin.api.FilterOperator;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.api.SortKey;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.store.PropertyCache;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The account's properties kept in step with the server, for the window and the command line alike: the
 * first full read, opening from the copy kept in the account's data file, the delta refresh through
 * {@code update_time}, rows deleted on the server, and writing every change through to the kept copy.
 *
 * <p>Every call blocks (network and disk): run it off the JavaFX thread, one read at a time. Requests run
 * outside the lock, so an edit the worker reports applied meanwhile is kept without waiting for a long read.
 * A copy that cannot be read or written costs only speed, so cache failures are logged and never thrown.
 */
public final class PropertySync {
    private static final System.Logger LOG = System.getLogger(PropertySync.class.getName());
    /** Kept rows shown before the rest of the copy is read: more than any screen holds. */
    public static final int FIRST_KEPT_ROWS = 500;

    /** What a refresh changed: rows replaced or added (in the order read), and ids gone from the server. */
    public record Changes(List<ProfileProperty> updated, List<ProfileProperty> added, Set<String> removed) {
        public Changes {
            updated = List.copyOf(updated);
            added = List.copyOf(added);
            removed = Set.copyOf(removed);
        }

        public boolean isEmpty() {
            return updated.isEmpty() && added.isEmpty() && removed.isEmpty();
        }
    }

    private final PropertyPager pager;
    private final int pageSize;
    private final PropertyCache cache; // null: nothing is kept between runs (the demo)
    /** The rows as last known, by id in server order; guarded by this. */
    private final Map<String, ProfileProperty> known = new LinkedHashMap<>();
    /** The newest update_time of the known rows; null until a complete read (or a kept copy) gives one. */
    private volatile String readUpTo;

    /**
     * @param pager    reads the pages, as many rows a page as the server serves (it learns the server's maximum)
     * @param pageSize the most rows asked a page ({@link PropertyPager#LARGEST_ASK} in the app; tests ask fewer)
     * @param cache    the copy kept in the account's data file; null keeps nothing between runs (the demo)
     */
    public PropertySync(PropertyPager pager, int pageSize, PropertyCache cache) {
        if (pageSize < 1) throw new IllegalArgumentException("page size must be positive");
        this.pager = pager;
        this.pageSize = pageSize;
        this.cache = cache;
    }

    /** Whether rows are kept between runs (false: every start reads everything). */
    public boolean keepsCopy() {
        return cache != null;
    }

    /** Whether a refresh can read only what changed (else it must read everything). */
    public boolean canRefresh() {
        return readUpTo != null;
    }

    /** The rows kept from an earlier run, in server order; empty when none are kept or they cannot be read. */
    public List<ProfileProperty> openFromCopy() {
        return openFromCopy(first -> { });
    }

    /**
     * As {@link #openFromCopy()}, handing the first {@link #FIRST_KEPT_ROWS} kept rows to {@code firstRows} as soon
     * as they are read: a window shows a screenful at once instead of after the whole copy.
     */
    public synchronized List<ProfileProperty> openFromCopy(Consumer<List<ProfileProperty>> firstRows) {
        if (cache == null) return List.of();
        List<ProfileProperty> kept;
        try {
            kept = cache.loadAll(FIRST_KEPT_ROWS, firstRows);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the properties kept on this computer; "
                    + "reading them from the server instead", e);
            return List.of();
        }
        replaceKnown(kept);
        return kept;
    }

    /** Reads every page from the server, reporting each page, and keeps the result. */
    public List<ProfileProperty> readAll(PropertyPager.PageListener listener)
            throws HoodApiException, InterruptedException {
        List<ProfileProperty> all = pager.fetchAll(ListQuery.all(), pageSize, listener);
        synchronized (this) {
            replaceKnown(all);
            keep("replace", () -> cache.replaceAll(all));
        }
        return all;
    }

    /**
     * Reads the rows changed since the last complete read ({@code update_time} at or after the newest one seen:
     * rows changed within that same second are read again and merged harmlessly), then finds rows deleted on the
     * server: one single-row request compares the server's total with the rows known, and only when they differ
     * are the ids listed ({@code fields=id}). Without a complete read to start from, reads everything.
     */
    public Changes refresh(PropertyPager.PageListener listener) throws HoodApiException, InterruptedException {
        String since = readUpTo;
        if (since == null) {
            List<ProfileProperty> all = readAll(listener);
            return new Changes(List.of(), all, Set.of());
        }
        ListQuery changedSince = ListQuery.all().withFilter(Filter.of("update_time", FilterOperator.GTE, since))
                .withSort(SortKey.asc("update_time"));
        List<ProfileProperty> read = pager.fetchAll(changedSince, pageSize, listener);
        List<ProfileProperty> updated = new ArrayList<>();
        List<ProfileProperty> added = new ArrayList<>();
        synchronized (this) {
            for (ProfileProperty row : read) {
                if (row.id() == null) continue;
                ProfileProperty before = known.get(row.id());
                noteUpdateTime(row);
                // an unchanged row keeps its instance, the one the window shows: no second copy of it stays here
                if (row.equals(before)) continue;
                if (before == null) added.add(row);
                else updated.add(row);
                known.put(row.id(), row);
            }
        }
        Set<String> removed = findRemoved();
        synchronized (this) {
            known.keySet().removeAll(removed);
            List<ProfileProperty> changed = new ArrayList<>(updated);
            changed.addAll(added);
            if (!changed.isEmpty()) keep("update", () -> cache.upsert(changed));
            if (!removed.isEmpty()) keep("remove", () -> cache.replaceAll(List.copyOf(known.values())));
        }
        return new Changes(updated, added, removed);
    }

    /**
     * Keeps the values of an edit the server applied (a 204 has no body to read back): the worker reports it,
     * so the window and the command line keep their copies alike.
     */
    public void appliedEdit(String id, Map<UpdatableField, String> changes) {
        ProfileProperty base;
        synchronized (this) {
            base = known.get(id);
        }
        if (base == null && cache != null) base = keptRow(id);
        if (base == null) return;
        ProfileProperty updated = base;
        for (Map.Entry<UpdatableField, String> change : changes.entrySet()) {
            updated = updated.with(change.getKey(), change.getValue());
        }
        ProfileProperty row = updated;
        synchronized (this) {
            known.computeIfPresent(id, (key, old) -> row);
            keep("update", () -> cache.upsert(List.of(row)));
        }
    }

    /** Keeps a property the server created (the outbox reports it with its new id), at the end of the rows. */
    public void created(ProfileProperty row) {
        if (row.id() == null) return;
        synchronized (this) {
            known.put(row.id(), row);
            keep("add", () -> cache.upsert(List.of(row)));
        }
    }

    private ProfileProperty keptRow(String id) {
        try {
            return cache.find(id).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the kept copy of property " + id, e);
            return null;
        }
    }

    /** The rows as last known, in server order. */
    public synchronized List<ProfileProperty> known() {
        return List.copyOf(known.values());
    }

    private Set<String> findRemoved() throws HoodApiException, InterruptedException {
        ListQuery idsOnly = ListQuery.all().withFields("id");
        int total = pager.page(idsOnly.withPage(1, 1)).total();
        if (total < 0 || total == known.size()) return Set.of();
        Set<String> onServer = new HashSet<>();
        for (ProfileProperty row : pager.fetchAll(idsOnly, pageSize, (rows, loaded, all) -> { })) {
            if (row.id() != null) onServer.add(row.id());
        }
        Set<String> removed = new HashSet<>(known.keySet());
        removed.removeAll(onServer);
        return removed;
    }

    private void replaceKnown(List<ProfileProperty> rows) {
        known.clear();
        readUpTo = null;
        for (ProfileProperty row : rows) {
            if (row.id() != null) known.put(row.id(), row);
            noteUpdateTime(row);
        }
    }

    /** The server's {@code yyyy-MM-dd HH:mm:ss} strings order correctly as text. */
    private void noteUpdateTime(ProfileProperty row) {
        String time = row.updateTime();
        if (time != null && (readUpTo == null || time.compareTo(readUpTo) > 0)) readUpTo = time;
    }

    private void keep(String what, Runnable write) {
        if (cache == null) return;
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not " + what + " the properties kept on this computer "
                    + "(the next start reads more from the server)", e);
        }
    }
}
