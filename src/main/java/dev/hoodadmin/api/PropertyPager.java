package dev.hoodadmin.api;

import dev.hoodadmin.ratelimit.RetryAfter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads every page of a list query, with as few requests as the server allows. It asks for a large page
 * ({@value #LARGEST_ASK} rows); a first page that comes back shorter than asked while the server's {@code total}
 * says more rows match reveals the server's real maximum, which every later request of the session asks for
 * (and the {@link PageSizeMemory} keeps for the next session). Pages are read in order, so the rows of the first
 * screen arrive first.
 *
 * <p>It walks until it has {@code total} rows, meets an empty page, or has asked past {@code total}. Transient
 * failures (429, 5xx, no response) are retried a few times; anything else stops the walk with its typed error.
 * Every wait is bounded: a {@code Retry-After} is honoured up to a cap, and one that names no time (-1, 0,
 * garbage) backs off like a server fault instead of resending at once.
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

    /**
     * The page asked for until the server shows its maximum. Large enough that 100,000 properties take 20
     * requests where a server allows it, small enough that a page with long texts stays far under the body cap
     * ({@link ResponseLimits#STANDARD}) and the deadline.
     */
    public static final int LARGEST_ASK = 5_000;
    static final int MAX_ATTEMPTS = 6;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final PropertyApi api;
    private final Pause pause;
    private final Duration retryAfterCap;
    private final PageSizeMemory memory;
    /** The largest page the server serves, once seen; 0 until then. */
    private volatile int serverMax;
    private volatile boolean recalled;

    public PropertyPager(PropertyApi api, Pause pause) {
        this(api, pause, RetryAfter.MAX_WAIT, PageSizeMemory.NONE);
    }

    /** {@code retryAfterCap}: the longest wait a 429 may impose (tests use a short one). */
    public PropertyPager(PropertyApi api, Pause pause, Duration retryAfterCap) {
        this(api, pause, retryAfterCap, PageSizeMemory.NONE);
    }

    public PropertyPager(PropertyApi api, Pause pause, Duration retryAfterCap, PageSizeMemory memory) {
        this.api = api;
        this.pause = pause;
        this.retryAfterCap = retryAfterCap;
        this.memory = memory;
    }

    /** The largest page the server was seen to serve (this session or an earlier one), if known. */
    public OptionalInt serverMaximum() {
        recallOnce();
        int known = serverMax;
        return known > 0 ? OptionalInt.of(known) : OptionalInt.empty();
    }

    /** All properties matching {@code query}, as many per page as the server serves. */
    public List<ProfileProperty> fetchAll(ListQuery query, PageListener listener)
            throws HoodApiException, InterruptedException {
        return fetchAll(query, LARGEST_ASK, listener);
    }

    /**
     * All properties matching {@code query} (its own page setting is replaced), in server order, without
     * duplicates; no page asks for more than {@code pageSize} rows, nor more than the server is known to serve.
     */
    public List<ProfileProperty> fetchAll(ListQuery query, int pageSize, PageListener listener)
            throws HoodApiException, InterruptedException {
        if (pageSize < 1) throw new IllegalArgumentException("page size must be positive");
        Map<String, ProfileProperty> byId = new LinkedHashMap<>();
        // the first position not read yet; a page is the one holding it, so a size learned mid-walk loses no row
        long nextOffset = 0;
        while (true) {
            int size = sizeToAsk(pageSize);
            int page = (int) (nextOffset / size) + 1;
            PropertyPage result = fetchWithRetry(query.withPage(page, size));
            List<ProfileProperty> added = new ArrayList<>();
            for (ProfileProperty property : result.items()) {
                // rows may shift between pages while others edit; keep the first copy of each id
                if (property.id() == null || byId.putIfAbsent(property.id(), property) == null) {
                    added.add(property);
                }
            }
            int count = result.items().size();
            long start = (long) (page - 1) * size;
            boolean totalKnown = result.total() >= 0;
            if (totalKnown && count > 0 && count < size && start + count < result.total()) {
                // a short page that is not the last: the server serves at most this many
                learn(count);
                start = (long) (page - 1) * count;
            }
            nextOffset = Math.max(nextOffset, start + count);
            int total = Math.max(result.total(), byId.size());
            listener.onPage(added, byId.size(), total);
            if (count == 0) return List.copyOf(byId.values());
            if (totalKnown && (byId.size() >= result.total() || nextOffset >= result.total())) {
                return List.copyOf(byId.values());
            }
            if (!totalKnown && count < size) return List.copyOf(byId.values());
        }
    }

    /** One page exactly as {@code query} asks (e.g. a single row to learn the total), retried like the rest. */
    public PropertyPage page(ListQuery query) throws HoodApiException, InterruptedException {
        return fetchWithRetry(query);
    }

    private int sizeToAsk(int wanted) {
        recallOnce();
        int known = serverMax;
        return known > 0 ? Math.min(wanted, known) : wanted;
    }

    private void recallOnce() {
        if (recalled) return;
        synchronized (this) {
            if (recalled) return;
            OptionalInt kept = memory.recall();
            if (kept.isPresent() && kept.getAsInt() > 0 && serverMax == 0) serverMax = kept.getAsInt();
            recalled = true;
        }
    }

    private synchronized void learn(int largestPage) {
        if (largestPage == serverMax) return;
        serverMax = largestPage;
        memory.remember(largestPage);
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
