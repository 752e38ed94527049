package dev.hoodadmin.api;

import dev.hoodadmin.ratelimit.RateLimitHeaders;

import java.util.Map;

/** The two calls the app makes. {@link HoodClient} talks HTTP; tests of higher layers may fake this. */
public interface PropertyApi {

    /** One page of properties. */
    PropertyPage list(ListQuery query) throws HoodApiException, InterruptedException;

    /**
     * Sends only the given fields as a PATCH. The map must not be empty: an empty PATCH is a client bug.
     * Returns what the response said about the rate limits.
     */
    RateLimitHeaders patch(String id, Map<UpdatableField, String> changes) throws HoodApiException, InterruptedException;
}
