package dev.hoodadmin.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hoodadmin.ratelimit.RateLimitHeaders;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON of list bodies and PATCH bodies; an unreadable body becomes a typed error, not a stack trace. */
final class PropertyJson {
    private final ObjectMapper mapper;

    PropertyJson(ObjectMapper mapper) {
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private record ListBody(Integer total, List<ProfileProperty> items) { }

    PropertyPage readPage(int status, ResponseBody body, String contentType, RateLimitHeaders rateLimit)
            throws HoodApiException {
        if (body.cutOff()) {
            throw new HoodApiException(ApiError.malformed(status, "The server answered " + status
                    + " with a list larger than " + body.bytes().length + " bytes; it was not read"));
        }
        if (!looksLikeJsonObject(body)) {
            throw new HoodApiException(ApiError.malformed(status, notJson(status, body, contentType)));
        }
        ListBody parsed;
        try {
            parsed = mapper.readValue(body.bytes(), ListBody.class);
        } catch (JsonMappingException e) {
            throw new HoodApiException(ApiError.malformed(status, "The list response has an unexpected shape: "
                    + e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw new HoodApiException(ApiError.malformed(status, "The list response is not valid JSON: "
                    + e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new HoodApiException(ApiError.malformed(status, "The list response could not be read"), e);
        }
        if (parsed == null || parsed.items() == null) {
            throw new HoodApiException(ApiError.malformed(status, "The list response has no \"items\" array"));
        }
        if (parsed.items().contains(null)) {
            throw new HoodApiException(ApiError.malformed(status, "The list response has an empty item"));
        }
        return new PropertyPage(parsed.total() == null ? -1 : parsed.total(), parsed.items(), rateLimit);
    }

    /**
     * The contract's success is {@code 204 No Content}. Another 2xx counts as applied only with an empty body
     * or a JSON object (some servers echo the property); anything else, such as a login portal's HTML page,
     * is a fault: the edit must not be marked applied on it.
     */
    void requireAcceptedPatch(int status, ResponseBody body, String contentType) throws HoodApiException {
        if (status == 204 || body.isEmpty()) return;
        if (!body.cutOff() && looksLikeJsonObject(body)) {
            try {
                if (mapper.readTree(body.bytes()).isObject()) return;
            } catch (IOException e) {
                // falls through to the fault below
            }
        }
        throw new HoodApiException(ApiError.malformed(status, notJson(status, body, contentType)
                + "; the edit was not counted as applied"));
    }

    private static String notJson(int status, ResponseBody body, String contentType) {
        return "The server answered " + status + " with a body that is not "
                + (body.bytes().length == 0 ? "the expected JSON object" : "a JSON object") + " ("
                + body.describe(contentType) + ")";
    }

    /** A cheap first look, so an HTML page or garbage is named as such rather than by a parser's complaint. */
    private static boolean looksLikeJsonObject(ResponseBody body) {
        for (byte b : body.bytes()) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') continue;
            return b == '{';
        }
        return false;
    }

    /** The contract's 201 body is unpublished: the created property when it is a JSON object with an id, else empty. */
    Optional<ProfileProperty> readCreated(ResponseBody body) {
        if (body.cutOff() || !looksLikeJsonObject(body)) return Optional.empty();
        try {
            ProfileProperty created = mapper.readValue(body.bytes(), ProfileProperty.class);
            return created == null || created.id() == null || created.id().isBlank() ? Optional.empty() : Optional.of(created);
        } catch (IOException e) {
            return Optional.empty(); // a 2xx whose body cannot be read: the caller reads the property back by label
        }
    }

    byte[] createBody(NewProperty property) {
        ObjectNode body = mapper.createObjectNode();
        body.put("label", property.label());
        body.put("data_type", property.dataType());
        property.values().forEach((field, value) -> body.putPOJO(field.wireName(), field.toJsonValue(value)));
        return write(body);
    }

    byte[] patchBody(Map<UpdatableField, String> changes) {
        ObjectNode body = mapper.createObjectNode();
        changes.forEach((field, value) -> body.putPOJO(field.wireName(), field.toJsonValue(value)));
        return write(body);
    }

    private byte[] write(ObjectNode body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a request body", e);
        }
    }
}
