package dev.hoodadmin.api;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each repeated field value (company id, data type, timestamps, the empty string) across all
 * rows: 100,000 decoded rows otherwise hold 100,000 copies of "text" and of the same few timestamps. Bounded, so
 * a field whose values are all different costs a fixed amount at most; past the bound a value is kept as it is.
 */
final class SharedStrings {
    private static final int MAX_SHARED = 20_000;
    private static final ConcurrentHashMap<String, String> SHARED = new ConcurrentHashMap<>();

    private SharedStrings() {
    }

    /** The shared instance equal to {@code value}; null stays null. */
    static String share(String value) {
        if (value == null) return null;
        if (value.isEmpty()) return "";
        String shared = SHARED.get(value);
        if (shared != null) return shared;
        if (SHARED.size() >= MAX_SHARED) return value;
        shared = SHARED.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }
}
