package dev.hoodadmin.sim;

import java.util.HashMap;
import java.util.Map;

/**
 * An answer to write back.
 *
 * @param body JSON bytes, or null for no body at all (204)
 */
record SimResponse(int status, Map<String, String> headers, byte[] body) {

    static SimResponse json(int status, byte[] body) {
        return new SimResponse(status, Map.of(), body);
    }

    static SimResponse noContent() {
        return new SimResponse(204, Map.of(), null);
    }

    SimResponse withHeaders(Map<String, String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, String> merged = new HashMap<>(extra);
        merged.putAll(headers);
        return new SimResponse(status, merged, body);
    }
}
