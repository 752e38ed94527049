package dev.hoodadmin.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns an error response into an {@link ApiError}. The body is usually
 * {@code {"code","title","message","trace_id"}}, but a proxy may answer with HTML or nothing.
 */
final class ErrorBodyParser {
    private static final int MAX_SNIPPET = 200;
    private final ObjectMapper json;

    ErrorBodyParser(ObjectMapper json) {
        this.json = json;
    }

    ApiError parse(int status, byte[] body, Long retryAfterSeconds) {
        ApiErrorKind kind = ApiErrorKind.forStatus(status);
        JsonNode node = readObject(body);
        if (node != null) {
            return new ApiError(kind, status, text(node, "title", defaultTitle(status)), text(node, "message", null),
                    text(node, "trace_id", null), retryAfterSeconds);
        }
        return new ApiError(kind, status, defaultTitle(status), snippet(body), null, retryAfterSeconds);
    }

    private JsonNode readObject(byte[] body) {
        if (body == null || body.length == 0) return null;
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? fallback : value.asText();
    }

    private static String snippet(byte[] body) {
        if (body == null || body.length == 0) return null;
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_SNIPPET ? text : text.substring(0, MAX_SNIPPET) + "…";
    }

    static String defaultTitle(int status) {
        return switch (status) {
            case 400 -> "Bad request.";
            case 401 -> "Unauthorized: the API token is missing or wrong.";
            case 403 -> "Forbidden: the API token has no rights for this.";
            case 404 -> "Not found.";
            case 429 -> "Too many requests.";
            default -> status >= 500 ? "Server error (HTTP " + status + ")." : "HTTP " + status;
        };
    }
}
