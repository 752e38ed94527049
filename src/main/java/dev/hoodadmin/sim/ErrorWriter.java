package dev.hoodadmin.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Renders an {@link ApiException} as the Hood error body, with a fresh trace id. */
final class ErrorWriter {
    private final ObjectMapper json;

    ErrorWriter(ObjectMapper json) {
        this.json = json;
    }

    SimResponse toResponse(ApiException error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", error.status());
        body.put("title", error.title());
        if (error.detail() != null) {
            body.put("message", error.detail());
        }
        body.put("trace_id", UUID.randomUUID().toString());
        try {
            return new SimResponse(error.status(), error.headers(), json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
