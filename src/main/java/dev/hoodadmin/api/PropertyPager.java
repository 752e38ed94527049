package dev.hoodadmin.api;

import dev.hoodadmin.ratelimit.RetryAfter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every page of a list query. The server may clamp the page size, so it walks until it has
 * {@code total} rows or meets an empty page. Transient failures (429, 5xx, no response) are
 * retried a few times; anything else stops the walk with its typed error. Every wait is bounded: a
 * {@code Retry-After} is honoured up to a cap, and one that names no time (-1, 0, garbage) backs off
 * like a server fault instead of resending at once.
 */
public final class PropertyPager {
    /** Waits between retries; injected so tests don't sleep. */
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;

        Pause REAL = duration -> Thread.sleep(duration.toMillis());
    }

    /** Called after each page with the rows it added and the running count. */
    public interface PageListener {
        void onPage(List<ProfileProperty> newRows, int loaded, int total);
    }

    static final int MAX_ATTEMPTS = 6;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final PropertyApi api;
    private final Pause pause;
    private final Duration retryAfterCap;

    public PropertyPager(PropertyApi api, Pause pause) {
        this(api, pause, RetryAfter.MAX_WAIT);
    }

    /** {@code retryAfterCap}: the longest wait a 429 may impose (tests use a short one). */
    public PropertyPager(PropertyApi api, Pause pause, Duration retryAfterCap) {
        this.api = api;
        this.pause = pause;
        this.retryAfterCap = retryAfterCap;
    }

    /** All properties matching {@code query} (its own page setting is replaced), in server order, without duplicates. */
    public List<ProfileProperty> fetchAll(ListQuery query, int pageSize, PageListener listener)
            throws HoodApiException, InterruptedException {
        Map<String, ProfileProperty> byId = new LinkedHashMap<>();
        int page = 1;
        while (true) {
            PropertyPage result = fetchWithRetry(query.withPage(page, pageSize));
            List<ProfileProperty> added = new ArrayList<>();
            for (ProfileProperty property : result.items()) {
                // rows may shift between pages while others edit; keep the first copy of each id
                if (property.id() == null || byId.putIfAbsent(property.id(), property) == null) {
                    added.add(property);
                }
            }
            int total = Math.max(result.total(), byId.size());
            listener.onPage(added, byId.size(), total);
            if (result.items().isEmpty() || byId.size() >= result.total() && result.total() >= 0) {
                return List.copyOf(byId.values());
            }
            if (result.total() < 0 && result.items().size() < pageSize) {
                return List.copyOf(byId.values());
            }
            page++;
        }
    }

    /** One page exactly as {@code query} asks (e.g. a single row to learn the total), retried like the rest. */
    public PropertyPage page(ListQuery query) throws HoodApiException, InterruptedException {
        return fetchWithRetry(query);
    }

    private PropertyPage fetchWithRetry(ListQuery query) throws HoodApiException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return api.list(query);
            } catch (HoodApiException e) {
                if (!e.kind().isTransient() || attempt >= MAX_ATTEMPTS) throw e;
                pause.sleep(delayBefore(attempt, e.error(), retryAfterCap));
            }
        }
    }

    static Duration delayBefore(int attempt, ApiError error, Duration retryAfterCap) {
        if (error.kind() == ApiErrorKind.RATE_LIMITED) {
            var asked = RetryAfter.usableWait(error.retryAfterSeconds(), retryAfterCap);
            if (asked.isPresent()) return asked.get();
        }
        return FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 4));
    }
}
