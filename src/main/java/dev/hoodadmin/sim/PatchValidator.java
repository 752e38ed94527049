package dev.hoodadmin.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hoodadmin.sim.PropertyField.Use;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a PATCH body and turns it into the changes to apply, or a 400 naming the first problem.
 * Text fields take a string or null (null clears the field); lengths count Unicode code points,
 * so an emoji is one character. Flags take the JSON numbers 0 or 1 only.
 */
final class PatchValidator {
    private static final Map<PropertyField, Integer> MAX_LENGTH = Map.of(
            PropertyField.EXAMPLE, 255, PropertyField.DESCRIPTION, 2000, PropertyField.EXPORT_ALIAS, 64);
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_]*");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private final ObjectMapper strictJson = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    Map<PropertyField, Object> validate(byte[] body) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw ApiException.badRequest("The request body is empty. Send a JSON object with at least one of: "
                    + PropertyField.namesAllowing(Use.UPDATE) + ".");
        }
        JsonNode root = parse(body);
        if (!root.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        if (root.isEmpty()) {
            throw ApiException.badRequest("At least one updatable field must be sent: "
                    + PropertyField.namesAllowing(Use.UPDATE) + ".");
        }
        Map<PropertyField, Object> changes = new EnumMap<>(PropertyField.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            PropertyField field = updatableField(entry.getKey());
            changes.put(field, field.kind() == PropertyField.Kind.FLAG
                    ? flag(entry.getKey(), entry.getValue())
                    : text(field, entry.getValue()));
        }
        return changes;
    }

    private JsonNode parse(byte[] body) {
        try {
            return strictJson.readTree(body);
        } catch (JsonProcessingException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.find()) {
                throw ApiException.badRequest("Field '" + duplicate.group(1) + "' is sent more than once.");
            }
            throw ApiException.badRequest("The request body is not valid JSON.");
        } catch (IOException e) {
            throw ApiException.badRequest("The request body could not be read.");
        }
    }

    private static PropertyField updatableField(String name) {
        PropertyField field = PropertyField.byJsonName(name).orElseThrow(() -> ApiException.badRequest(
                "Unknown field '" + name + "'. Updatable fields: " + PropertyField.namesAllowing(Use.UPDATE) + "."));
        if (!field.allows(Use.UPDATE)) {
            throw ApiException.badRequest("Field '" + name + "' is not updatable.");
        }
        return field;
    }

    private static Integer flag(String name, JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToInt() && (value.intValue() == 0 || value.intValue() == 1)) {
            return value.intValue();
        }
        throw ApiException.badRequest("Field '" + name + "' must be 0 or 1.");
    }

    private static String text(PropertyField field, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest("Field '" + field.jsonName() + "' must be a string or null.");
        }
        String text = value.textValue();
        int length = text.codePointCount(0, text.length());
        int max = MAX_LENGTH.get(field);
        if (length > max) {
            throw ApiException.badRequest("Field '" + field.jsonName() + "' is too long: " + length
                    + " characters, at most " + max + ".");
        }
        if (field == PropertyField.EXPORT_ALIAS && !ALIAS.matcher(text).matches()) {
            throw ApiException.badRequest("Field 'export_alias' may contain only letters A-Z and a-z, digits "
                    + "and underscores.");
        }
        return text;
    }
}
