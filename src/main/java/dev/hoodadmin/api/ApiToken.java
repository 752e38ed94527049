package dev.hoodadmin.api;

import java.util.Objects;

/** A bearer token. Its toString never shows the value, so it cannot leak into logs or messages. */
public final class ApiToken {
    private final String value;

    private ApiToken(String value) {
        this.value = value;
    }

    public static ApiToken of(String value) {
        Objects.requireNonNull(value, "token");
        String trimmed = value.strip();
        if (trimmed.isEmpty()) throw new IllegalArgumentException("The API token is empty");
        if (trimmed.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("The API token contains spaces or characters a token cannot have");
        }
        return new ApiToken(trimmed);
    }

    String authorizationHeader() {
        return "Bearer " + value;
    }

    /** For redaction: the exact text that must never appear in logs. */
    public String revealForRedaction() {
        return value;
    }

    @Override
    public String toString() {
        return "ApiToken[****]";
    }
}
