package dev.hoodadmin.api;

import dev.hoodadmin.ratelimit.RateLimitHeaders;

import java.util.Map;
import java.util.Optional;

/** The three calls the app makes. {@link HoodClient} talks HTTP; tests of higher layers may fake this. */
public interface PropertyApi {

    /** One page of properties. */
    PropertyPage list(ListQuery query) throws HoodApiException, InterruptedException;

    /**
     * Sends only the given fields as a PATCH. The map must not be empty: an empty PATCH is a client bug.
     * Returns what the response said about the rate limits.
     */
    RateLimitHeaders patch(String id, Map<UpdatableField, String> changes) throws HoodApiException, InterruptedException;

    /**
     * Creates a custom property with a POST. Not idempotent: a resend after a lost answer may create it twice,
     * so callers look for the label first. Returns the created property when the answer names its id; empty
     * when the answer was a success without a usable body (read it back by label then).
     */
    Optional<ProfileProperty> create(NewProperty property) throws HoodApiException, InterruptedException;
}
