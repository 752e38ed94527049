package dev.hoodadmin.sim;

import java.util.Map;

/** An error answer the simulator sends as {@code {"code","title","message","trace_id"}}. */
final class ApiException extends RuntimeException {
    private static final Map<Integer, String> TITLES = Map.of(
            400, "Bad request.",
            401, "Unauthorized.",
            404, "Not found.",
            405, "Method not allowed.",
            429, "Too many requests.",
            500, "Internal server error.");

    private final int status;
    private final String detail;
    private final Map<String, String> headers;

    private ApiException(int status, String detail, Map<String, String> headers) {
        super(status + " " + (detail == null ? "" : detail));
        this.status = status;
        this.detail = detail;
        this.headers = headers;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message, Map.of());
    }

    static ApiException unauthorized() {
        return new ApiException(401, "The access token is missing or not valid.",
                Map.of("WWW-Authenticate", "Bearer"));
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message, Map.of());
    }

    static ApiException methodNotAllowed(String method, String allowed) {
        return new ApiException(405, "Method " + method + " is not allowed here; use " + allowed + ".",
                Map.of("Allow", allowed));
    }

    /** @param retryAfterSeconds whole seconds to wait, or -1 for the parallel-request limit */
    static ApiException tooManyRequests(long retryAfterSeconds, String message) {
        return new ApiException(429, message, Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** Like the published 500 example, this one carries no message. */
    static ApiException internalError() {
        return new ApiException(500, null, Map.of());
    }

    int status() {
        return status;
    }

    String title() {
        return TITLES.getOrDefault(status, "Error.");
    }

    /** The human-readable message, or null when the body should have none. */
    String detail() {
        return detail;
    }

    Map<String, String> headers() {
        return headers;
    }
}
