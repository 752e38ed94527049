package dev.hoodadmin.api;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each repeated field value across all rows: 100,000 decoded rows otherwise hold 100,000 copies
 * of "text" and of the same few timestamps. Each pool is bounded, so a field whose values are all different costs
 * a fixed amount at most; past the bound a value is kept as it is. Fields with few values (company id, data type)
 * have their own pool, so timestamps filling theirs never stop those from being shared.
 */
final class SharedStrings {
    /** Company ids and data types: a handful per account. */
    static final SharedStrings FEW_VALUES = new SharedStrings(1_000);
    /** Create and update times: rows written in the same batch share them. */
    static final SharedStrings TIMESTAMPS = new SharedStrings(20_000);

    private final int maxShared;
    private final ConcurrentHashMap<String, String> shared = new ConcurrentHashMap<>();

    SharedStrings(int maxShared) {
        this.maxShared = maxShared;
    }

    /** The shared instance equal to {@code value}; null stays null. */
    String share(String value) {
        if (value == null) return null;
        if (value.isEmpty()) return "";
        String known = shared.get(value);
        if (known != null) return known;
        if (shared.size() >= maxShared) return value;
        known = shared.putIfAbsent(value, value);
        return known == null ? value : known;
    }
}
