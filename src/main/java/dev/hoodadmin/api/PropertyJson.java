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

/** JSON of list bodies and PATCH bodies; an unreadable body becomes a typed error, not a stack trace. */
final class PropertyJson {
    private final ObjectMapper mapper;

    PropertyJson(ObjectMapper mapper) {
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private record ListBody(Integer total, List<ProfileProperty> items) { }

    PropertyPage readPage(int status, byte[] body, RateLimitHeaders rateLimit) throws HoodApiException {
        ListBody parsed;
        try {
            parsed = mapper.readValue(body, ListBody.class);
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

    byte[] patchBody(Map<UpdatableField, String> changes) {
        ObjectNode body = mapper.createObjectNode();
        changes.forEach((field, value) -> body.putPOJO(field.wireName(), field.toJsonValue(value)));
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a PATCH body", e);
        }
    }
}
