package dev.hoodadmin.api;

import dev.hoodadmin.ratelimit.RateLimitHeaders;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads {@code X-RateLimit-*} and {@code Retry-After}; a garbled header counts as absent, never as an error. */
final class RateLimitHeadersParser {
    private final Clock clock;

    RateLimitHeadersParser(Clock clock) {
        this.clock = clock;
    }

    RateLimitHeaders parse(int status, HttpHeaders headers) {
        return new RateLimitHeaders(status,
                intValue(headers, "X-RateLimit-Limit"),
                intValue(headers, "X-RateLimit-Remaining"),
                longValue(headers, "X-RateLimit-Reset"),
                retryAfter(headers));
    }

    private static Integer intValue(HttpHeaders headers, String name) {
        Long value = longValue(headers, name);
        return value == null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value.intValue();
    }

    private static Long longValue(HttpHeaders headers, String name) {
        return headers.firstValue(name).map(RateLimitHeadersParser::parseLong).orElse(null);
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Seconds, -1 for the parallel-request limit; the HTTP-date form is turned into seconds from now. */
    private Long retryAfter(HttpHeaders headers) {
        String text = headers.firstValue("Retry-After").orElse(null);
        if (text == null) return null;
        Long seconds = parseLong(text);
        if (seconds != null) return seconds;
        try {
            ZonedDateTime at = ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
            return Math.max(0, Duration.between(clock.instant(), at.toInstant()).toSeconds());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
