package dev.hoodadmin.sim;

import java.util.Map;

/** What the rate limiter says about one request. */
sealed interface RateDecision {

    /** Headers to put on the answer; 429 answers carry Retry-After instead, set by the error. */
    Map<String, String> headers();

    /** Allowed; the headers describe the window with the fewest requests left. */
    record Allowed(int limit, int remaining, long resetSeconds) implements RateDecision {
        @Override
        public Map<String, String> headers() {
            return Map.of("X-RateLimit-Limit", Integer.toString(limit),
                    "X-RateLimit-Remaining", Integer.toString(remaining),
                    "X-RateLimit-Reset", Long.toString(resetSeconds));
        }
    }

    /** Allowed because limits are switched off: no headers at all. */
    record Unlimited() implements RateDecision {
        @Override
        public Map<String, String> headers() {
            return Map.of();
        }
    }

    /** Refused; the request did not count. */
    record Refused(long retryAfterSeconds) implements RateDecision {
        @Override
        public Map<String, String> headers() {
            return Map.of();
        }
    }
}
