package dev.hoodadmin.ui;

import java.util.Optional;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPage;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ratelimit.RateLimitHeaders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Serves pages of an in-memory list like the list endpoint does. A page can be made to fail, or
 * to wait until the test releases it (to look at the window while a load is half done).
 */
public final class FakePropertyApi implements PropertyApi {
    private static final int SERVER_DEFAULT_PAGE_SIZE = 50;

    private final List<ProfileProperty> rows;
    private final Map<Integer, ApiError> failures = new ConcurrentHashMap<>();
    private final Map<Integer, RuntimeException> crashes = new ConcurrentHashMap<>();
    private final Map<Integer, CountDownLatch> holds = new ConcurrentHashMap<>();
    private final List<Integer> requestedPages = new CopyOnWriteArrayList<>();
    private final List<String> callingThreads = new CopyOnWriteArrayList<>();

    public FakePropertyApi(List<ProfileProperty> rows) {
        this.rows = List.copyOf(rows);
    }

    /** {@code count} properties; every 5th is a system property, some fields are null, labels not in id order. */
    public static List<ProfileProperty> sample(int count) {
        List<ProfileProperty> sample = new ArrayList<>();
        for (int i = 0; i < count; i++) sample.add(sampleRow(i, count));
        return sample;
    }

    /** Row {@code i} of {@link #sample(int) sample(count)}, made on its own. */
    public static ProfileProperty sampleRow(int i, int count) {
        boolean system = i % 5 == 0;
        String label = String.format("Property %03d", (i * 37) % count);
        return new ProfileProperty(String.valueOf(1000 + i), "42", "target_" + i, label,
                i % 3 == 0 ? "number" : "text", i % 4 == 0 ? null : "example " + i,
                "Line one of " + i + "\nline two of " + i, "export_" + i,
                i % 2 == 0 ? List.of("alias_" + i, "old_" + i) : null,
                i % 7 == 0 ? null : i % 2 == 0, system, i % 3 != 0, true,
                "2024-01-01 10:00:00", String.format("2024-02-%02d 12:00:00", 1 + i % 28));
    }

    public FakePropertyApi failOnPage(int page, ApiError error) {
        failures.put(page, error);
        return this;
    }

    public FakePropertyApi crashOnPage(int page, RuntimeException bug) {
        crashes.put(page, bug);
        return this;
    }

    /** Page {@code page} is served only after the returned latch is counted down (or after 10 s). */
    public CountDownLatch holdPage(int page) {
        CountDownLatch latch = new CountDownLatch(1);
        holds.put(page, latch);
        return latch;
    }

    /** The next requests succeed again, as after a server recovered. */
    public void clearFailures() {
        failures.clear();
        crashes.clear();
    }

    public void releaseAll() {
        holds.values().forEach(CountDownLatch::countDown);
    }

    public List<Integer> requestedPages() {
        return List.copyOf(requestedPages);
    }

    public List<String> callingThreads() {
        return List.copyOf(callingThreads);
    }

    @Override
    public PropertyPage list(ListQuery query) throws HoodApiException, InterruptedException {
        int page = query.page() == null ? 1 : query.page();
        int size = query.pageSize() == null ? SERVER_DEFAULT_PAGE_SIZE : query.pageSize();
        requestedPages.add(page);
        callingThreads.add(Thread.currentThread().getName());
        CountDownLatch hold = holds.get(page);
        if (hold != null && !hold.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("test never released page " + page);
        }
        ApiError failure = failures.get(page);
        if (failure != null) throw new HoodApiException(failure);
        RuntimeException crash = crashes.get(page);
        if (crash != null) throw crash;
        int from = Math.min(rows.size(), (page - 1) * size);
        int to = Math.min(rows.size(), from + size);
        return new PropertyPage(rows.size(), rows.subList(from, to), RateLimitHeaders.none(200));
    }

    @Override
    public Optional<ProfileProperty> create(NewProperty property) {
        throw new UnsupportedOperationException("this test API creates nothing");
    }

    @Override
    public RateLimitHeaders patch(String id, Map<UpdatableField, String> changes) {
        throw new UnsupportedOperationException("the main window is read-only");
    }
}
