package dev.hoodadmin.ratelimit;

/** What one HTTP response said about the limits. Any header value may be absent (null). */
public record RateLimitHeaders(int status, Integer limit, Integer remaining, Long resetSeconds, Long retryAfterSeconds) {
    public static RateLimitHeaders none(int status) {
        return new RateLimitHeaders(status, null, null, null, null);
    }
}
