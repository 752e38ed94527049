package dev.hoodadmin.ratelimit;

/**
 * What one HTTP response said about the limits. Any header value may be absent (null).
 *
 * @param status            HTTP status of the response
 * @param limit             {@code X-RateLimit-Limit}: requests allowed in the window the server describes
 * @param remaining         {@code X-RateLimit-Remaining}: the server's estimate of what is left in it
 * @param resetSeconds      {@code X-RateLimit-Reset}: seconds until that window refreshes
 * @param retryAfterSeconds {@code Retry-After} on a 429; {@code -1} means the parallel-request limit was hit
 */
public record RateLimitHeaders(int status, Integer limit, Integer remaining, Long resetSeconds, Long retryAfterSeconds) {

    public static final int TOO_MANY_REQUESTS = 429;

    /** A response that carried no rate-limit headers at all. */
    public static RateLimitHeaders none(int status) {
        return new RateLimitHeaders(status, null, null, null, null);
    }

    public boolean isTooManyRequests() {
        return status == TOO_MANY_REQUESTS;
    }
}
