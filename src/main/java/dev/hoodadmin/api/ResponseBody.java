package dev.hoodadmin.api;

import java.nio.charset.StandardCharsets;

/**
 * A response body as far as it was read. {@code cutOff} is true when the server sent more than the cap:
 * {@code bytes} then holds only the first part, which is never mistaken for a complete answer.
 */
record ResponseBody(byte[] bytes, boolean cutOff) {
    private static final int SNIPPET_CHARS = 80;

    boolean isEmpty() {
        return bytes.length == 0 && !cutOff;
    }

    /** For messages: the size and the first characters, with control characters made visible as spaces. */
    String describe(String contentType) {
        StringBuilder text = new StringBuilder();
        if (contentType != null && !contentType.isBlank()) text.append(contentType.strip()).append(", ");
        text.append(cutOff ? "more than " + bytes.length : bytes.length).append(" bytes");
        if (bytes.length > 0) text.append(": \"").append(snippet()).append('"');
        return text.toString();
    }

    private String snippet() {
        int length = Math.min(bytes.length, SNIPPET_CHARS * 4);
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8)
                .replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…";
    }
}
