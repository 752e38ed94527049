package dev.hoodadmin.api;

import dev.hoodadmin.ratelimit.RateLimitHeaders;

import java.util.List;

/**
 * One page of a list response. {@code total} is the server's count of all matching properties,
 * or -1 when the server did not say.
 */
public record PropertyPage(int total, List<ProfileProperty> items, RateLimitHeaders rateLimit) {
    public PropertyPage {
        items = List.copyOf(items);
    }
}
