package dev.hoodadmin.api;

/**
 * A failed request as the person should see it: the server's title, message and trace id
 * (what support asks for). {@code status} is 0 when no response arrived.
 */
public record ApiError(ApiErrorKind kind, int status, String title, String message, String traceId,
                       Long retryAfterSeconds) {

    public static ApiError network(String message) {
        return new ApiError(ApiErrorKind.NETWORK, 0, "No response from server", message, null, null);
    }

    public static ApiError malformed(int status, String message) {
        return new ApiError(ApiErrorKind.MALFORMED_RESPONSE, status, "Unreadable server response", message, null, null);
    }

    /** 429 with {@code Retry-After: -1}: too many requests in flight at once, no time to wait for. */
    public boolean isParallelLimit() {
        return kind == ApiErrorKind.RATE_LIMITED && retryAfterSeconds != null && retryAfterSeconds < 0;
    }

    /** One line for logs and the CLI, e.g. {@code 400 Bad request: The request body is not valid. (trace_id 99a8…)}. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        if (status > 0) text.append(status).append(' ');
        String heading = title == null ? kind.name() : title;
        boolean withMessage = message != null && !message.isBlank();
        // the contract's titles end in a full stop ("Bad request."): not before the colon
        text.append(withMessage && heading.endsWith(".") ? heading.substring(0, heading.length() - 1) : heading);
        if (withMessage) text.append(": ").append(message);
        if (traceId != null) text.append(" (trace_id ").append(traceId).append(')');
        return text.toString();
    }
}
