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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a PATCH or POST body and turns it into the values to store, or a 400 naming the first problem.
 * Text fields take a string or null (null clears the field); lengths count Unicode code points,
 * so an emoji is one character. Flags take the JSON numbers 0 or 1 only. A POST also takes a label
 * (required) and a data type (one of the documented {@value #DATA_TYPES_TEXT}).
 */
final class BodyValidator {
    static final List<String> DATA_TYPES = List.of("text", "number", "date");
    private static final String DATA_TYPES_TEXT = "text, number, date";
    private static final int MAX_LABEL = 255;
    private static final Map<PropertyField, Integer> MAX_LENGTH = Map.of(
            PropertyField.EXAMPLE, 255, PropertyField.DESCRIPTION, 2000, PropertyField.EXPORT_ALIAS, 64);
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_]*");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private final ObjectMapper strictJson = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** A PATCH body: the changes to apply. */
    Map<PropertyField, Object> validate(byte[] body) {
        JsonNode root = object(body, "at least one of: " + PropertyField.namesAllowing(Use.UPDATE));
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

    /**
     * A POST body: the new property's label, data type and updatable fields, with the defaults a new custom
     * property gets (data type text, pi_data 0, importable and exportable 1) for those not sent.
     */
    Map<PropertyField, Object> validateCreate(byte[] body) {
        JsonNode root = object(body, "a label");
        Map<PropertyField, Object> values = new EnumMap<>(PropertyField.class);
        values.put(PropertyField.DATA_TYPE, "text");
        values.put(PropertyField.PI_DATA, 0);
        values.put(PropertyField.IMPORTABLE, 1);
        values.put(PropertyField.EXPORTABLE, 1);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            PropertyField field = PropertyField.byJsonName(entry.getKey()).orElse(null);
            if (field == PropertyField.LABEL) {
                values.put(field, label(entry.getValue()));
            } else if (field == PropertyField.DATA_TYPE) {
                values.put(field, dataType(entry.getValue()));
            } else {
                field = updatableField(entry.getKey());
                values.put(field, field.kind() == PropertyField.Kind.FLAG
                        ? flag(entry.getKey(), entry.getValue())
                        : text(field, entry.getValue()));
            }
        }
        if (!values.containsKey(PropertyField.LABEL)) {
            throw ApiException.badRequest("Field 'label' is required.");
        }
        return values;
    }

    private JsonNode object(byte[] body, String whatToSend) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw ApiException.badRequest("The request body is empty. Send a JSON object with " + whatToSend + ".");
        }
        JsonNode root = parse(body);
        if (!root.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        return root;
    }

    private static String label(JsonNode value) {
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw ApiException.badRequest("Field 'label' must be a non-empty string.");
        }
        String label = value.textValue();
        int length = label.codePointCount(0, label.length());
        if (length > MAX_LABEL) {
            throw ApiException.badRequest("Field 'label' is too long: " + length + " characters, at most " + MAX_LABEL + ".");
        }
        return label;
    }

    private static String dataType(JsonNode value) {
        if (!value.isTextual() || !DATA_TYPES.contains(value.textValue())) {
            throw ApiException.badRequest("Field 'data_type' must be one of: " + DATA_TYPES_TEXT + ".");
        }
        return value.textValue();
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
