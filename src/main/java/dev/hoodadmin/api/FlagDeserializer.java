package dev.hoodadmin.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

import java.io.IOException;

/** Reads the API's 0/1 flags; also tolerates true/false and "0"/"1" so a lenient server never breaks a page. */
final class FlagDeserializer extends JsonDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case VALUE_NUMBER_INT:
                return p.getLongValue() != 0;
            case VALUE_TRUE:
                return true;
            case VALUE_FALSE:
                return false;
            case VALUE_STRING:
                String text = p.getText().trim();
                if (text.equals("1") || text.equalsIgnoreCase("true")) return true;
                if (text.equals("0") || text.equalsIgnoreCase("false")) return false;
                if (text.isEmpty()) return null;
                break;
            default:
                break;
        }
        return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
    }

    @Override
    public Boolean getNullValue(DeserializationContext ctxt) {
        return null;
    }
}
